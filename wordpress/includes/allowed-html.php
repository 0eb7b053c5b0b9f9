<?php
/**
 * Lets the blocks' HTML through WordPress's filter for authors who may not post any HTML
 * (everyone but administrators on a multisite, and authors and contributors everywhere):
 * the two elements with their attributes, and the `slot` attribute on the parts they place.
 * Scripts stay forbidden; the story's JSON is added when the block renders (blocks.php).
 *
 * @package SuccessStory
 */

namespace SuccessStory;

defined( 'ABSPATH' ) || exit;

/**
 * @param array  $allowed Tags and attributes allowed in this context.
 * @param string $context The context; only posts get the elements.
 */
function allowed_post_html( array $allowed, $context ): array {
	if ( 'post' !== $context ) {
		return $allowed;
	}
	$names = array( 'lang', 'layout', 'theme', 'heading-level', 'quotes-interval', 'src', 'story-id', 'loading' );
	$allowed['success-story'] = array_fill_keys( $names, true );
	$names = array( 'lang', 'interval', 'controls', 'order', 'transition', 'highlight', 'paused', 'value', 'start', 'label', 'src', 'story-id', 'loading', 'slot', 'text', 'author' );
	$allowed['value-quote'] = array_fill_keys( $names, true );
	foreach ( array( 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'a', 'p' ) as $tag ) {
		$allowed[ $tag ]         = $allowed[ $tag ] ?? array();
		$allowed[ $tag ]['slot'] = true;
	}
	$allowed['blockquote']         = $allowed['blockquote'] ?? array();
	$allowed['blockquote']['lang'] = true;
	$allowed['blockquote']['cite'] = true;
	return $allowed;
}
add_filter( 'wp_kses_allowed_html', __NAMESPACE__ . '\allowed_post_html', 10, 2 );
