<?php
/**
 * Runs the plugin's shortcodes and its story block's rendering through WordPress's own
 * shortcode parser, filters and escaping functions, loaded from a WordPress tree without a
 * database or a request. Reads a JSON list of cases on standard input, each one of:
 *   { "content": "post text with shortcodes", "canEdit": bool }   through do_shortcode()
 *   { "tag": "value_quote", "atts": {...}, "canEdit": bool }      the shortcode's own function, as a page builder calls it
 *   { "block": "<success-story>…", "attrs": {...} }               the story block's render filter
 * and prints a JSON list of { "html": "...", "enqueued": [...] }.
 *
 * Usage: php shortcode-harness.php <wordpress folder> <plugin folder> < cases.json
 */

[ , $wordpress, $plugin ] = $argv;
define( 'ABSPATH', rtrim( $wordpress, '/' ) . '/' );
define( 'WPINC', 'wp-includes' );
foreach ( array( 'load', 'plugin', 'cache', 'functions', 'formatting', 'kses', 'shortcodes' ) as $file ) {
	require ABSPATH . WPINC . "/$file.php";
}
wp_cache_init();
// The one option the escaping functions read.
wp_cache_add( 'alloptions', array( 'blog_charset' => 'UTF-8' ), 'options' );

// What the shortcodes call beyond escaping, filters and the shortcode API: translation returns
// the English text, the current user's right to edit comes from the case, and enqueued handles
// are recorded.
$can_edit = false;
$enqueued = array();
function __( $text, $domain = 'default' ) {
	return $text;
}
function current_user_can( $capability ) {
	global $can_edit;
	return 'edit_posts' === $capability && $can_edit;
}
function wp_enqueue_script( $handle ) {
	$GLOBALS['enqueued'][] = "script:$handle";
}
function wp_enqueue_style( $handle ) {
	$GLOBALS['enqueued'][] = "style:$handle";
}

require rtrim( $plugin, '/' ) . '/success-story.php';

$results = array();
foreach ( json_decode( stream_get_contents( STDIN ), true ) as $case ) {
	$can_edit  = ! empty( $case['canEdit'] );
	$enqueued  = array();
	if ( isset( $case['block'] ) ) {
		$html = apply_filters( 'render_block_success-story/story', $case['block'], array( 'attrs' => $case['attrs'] ) );
	} elseif ( isset( $case['tag'] ) ) {
		$html = call_user_func( $GLOBALS['shortcode_tags'][ $case['tag'] ], $case['atts'], null, $case['tag'] );
	} else {
		$html = do_shortcode( $case['content'] );
	}
	$results[] = array(
		'html'     => $html,
		'enqueued' => $enqueued,
	);
}
echo json_encode( $results, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
