<?php
/**
 * The element bundle and its stylesheet, served from the plugin's folder, and the editor script.
 * The bundle is enqueued only on pages that show a block or a shortcode of the plugin.
 *
 * @package SuccessStory
 */

namespace SuccessStory;

defined( 'ABSPATH' ) || exit;

const SCRIPT_HANDLE = 'success-story';
const EDITOR_HANDLE = 'success-story-editor';
const BLOCK_NAMES = array( 'success-story/story', 'success-story/value-quotes' );
const SHORTCODE_TAGS = array( 'success_story', 'value_quote' );

/** Registers the bundle (an ES module), its stylesheet and the editor's script and style. */
function register_assets(): void {
	$base = plugin_dir_url( PLUGIN_FILE );
	wp_register_script( SCRIPT_HANDLE, $base . 'assets/success-story.js', array(), VERSION, true );
	wp_register_style( SCRIPT_HANDLE, $base . 'assets/success-story.css', array(), VERSION );
	wp_register_script(
		EDITOR_HANDLE,
		$base . 'build/editor.js',
		array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n', SCRIPT_HANDLE ),
		VERSION,
		true
	);
	wp_register_style( EDITOR_HANDLE, $base . 'build/editor.css', array( SCRIPT_HANDLE ), VERSION );
	wp_set_script_translations( EDITOR_HANDLE, 'success-story', dirname( PLUGIN_FILE ) . '/languages' );
}
add_action( 'init', __NAMESPACE__ . '\register_assets', 5 );

/**
 * The bundle is an ES module: WordPress 6.1 has no API for those, so its tag gets the type.
 *
 * @param string $tag    The script tag WordPress wrote.
 * @param string $handle The script's handle.
 */
function module_script_tag( string $tag, string $handle ): string {
	if ( SCRIPT_HANDLE !== $handle || str_contains( $tag, 'type="module"' ) ) {
		return $tag;
	}
	return preg_replace( '/<script(?: type=([\'"])text\/javascript\1)?/', '<script type="module"', $tag, 1 );
}
add_filter( 'script_loader_tag', __NAMESPACE__ . '\module_script_tag', 10, 2 );

/** Enqueues the bundle and its stylesheet; after the page's head, WordPress prints both in the footer. */
function enqueue_bundle(): void {
	wp_enqueue_script( SCRIPT_HANDLE );
	wp_enqueue_style( SCRIPT_HANDLE );
}

/** Whether the post being shown holds one of the blocks or shortcodes. */
function singular_post_needs_bundle(): bool {
	$post = is_singular() ? get_post() : null;
	if ( ! $post ) {
		return false;
	}
	foreach ( BLOCK_NAMES as $name ) {
		if ( has_block( $name, $post ) ) {
			return true;
		}
	}
	foreach ( SHORTCODE_TAGS as $tag ) {
		if ( has_shortcode( $post->post_content, $tag ) ) {
			return true;
		}
	}
	return false;
}

// The block editor draws its preview with the elements themselves: in its content iframe
// (WordPress 6.3 and later, where `enqueue_block_assets` fills the iframe) or in its page.
add_action(
	'enqueue_block_assets',
	static function () {
		if ( is_admin() ) {
			enqueue_bundle();
		}
	}
);

// In the head for a post that holds them; anywhere else (archives, widgets) the block or
// shortcode enqueues the bundle as it renders (see blocks.php and shortcodes.php).
add_action(
	'wp_enqueue_scripts',
	static function () {
		if ( singular_post_needs_bundle() ) {
			enqueue_bundle();
		}
	}
);
