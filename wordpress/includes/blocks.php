<?php
/**
 * The two blocks, registered from their block.json. Their HTML is saved in the post by the
 * editor; on the way out, the story gets its JSON copy back so the element draws every part.
 *
 * @package SuccessStory
 */

namespace SuccessStory;

defined( 'ABSPATH' ) || exit;

/** Registers both blocks; the editor script (assets.php) gives them their form and preview. */
function register_blocks(): void {
	register_block_type( dirname( PLUGIN_FILE ) . '/blocks/story' );
	register_block_type( dirname( PLUGIN_FILE ) . '/blocks/value-quotes' );
}
add_action( 'init', __NAMESPACE__ . '\register_blocks' );

/**
 * A form value without its blank strings, empty lists and empty objects, as the editor compacts
 * it before saving; null when nothing is left.
 *
 * @param mixed $value The block attribute.
 * @return mixed
 */
function compact_value( $value ) {
	if ( is_string( $value ) ) {
		return '' === trim( $value ) ? null : $value;
	}
	if ( ! is_array( $value ) ) {
		return $value;
	}
	$kept = array();
	foreach ( $value as $key => $item ) {
		$item = compact_value( $item );
		if ( null !== $item ) {
			$kept[ $key ] = $item;
		}
	}
	if ( ! $kept ) {
		return null;
	}
	return array_is_list( $value ) ? array_values( $kept ) : $kept;
}

/**
 * Adds the story as `<script type="application/json">` inside `<success-story>`, so the element
 * shows the kicker, subject, values, milestones and source with its own styles. The saved HTML
 * has no script (see allowed-html.php), so it stays readable after the plugin is gone.
 *
 * @param string $html  The block's saved HTML.
 * @param array  $block The parsed block, with its attributes.
 */
function render_story_block( string $html, array $block ): string {
	enqueue_bundle();
	$story = compact_value( $block['attrs']['story'] ?? array() );
	if ( ! is_array( $story ) || ! str_starts_with( ltrim( $html ), '<success-story' ) ) {
		return $html;
	}
	$lang = $block['attrs']['lang'] ?? '';
	if ( is_string( $lang ) && '' !== $lang ) {
		$story['lang'] = $lang;
	}
	// The hex flags turn < > & ' " into \u escapes: the JSON cannot end its script or start a comment.
	$json = wp_json_encode( $story, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_UNICODE );
	if ( false === $json ) {
		return $html;
	}
	return preg_replace_callback(
		'/<success-story\b[^>]*>/',
		static fn ( array $match ): string => $match[0] . "\n  <script type=\"application/json\">" . $json . '</script>',
		$html,
		1
	);
}
add_filter( 'render_block_success-story/story', __NAMESPACE__ . '\render_story_block', 10, 2 );

add_filter(
	'render_block_success-story/value-quotes',
	static function ( string $html ): string {
		enqueue_bundle();
		return $html;
	}
);
