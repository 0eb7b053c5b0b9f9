<?php
/**
 * Shortcodes for the classic editor and page builders:
 *   [success_story src="/stories.json" story_id="alibaba" layout="banner"]
 *   [value_quote src="/stories.json" story_id="alibaba" interval="auto"]
 *   [value_quote text="…" author="…" value="…"]
 * Every attribute is escaped on its way into the element; unknown attributes are ignored.
 *
 * @package SuccessStory
 */

namespace SuccessStory;

defined( 'ABSPATH' ) || exit;

/** The shortcode attributes of `[success_story]`, each with its element attribute. */
const STORY_ATTRIBUTES = array(
	'src'             => 'src',
	'story_id'        => 'story-id',
	'layout'          => 'layout',
	'theme'           => 'theme',
	'lang'            => 'lang',
	'loading'         => 'loading',
	'heading_level'   => 'heading-level',
	'quotes_interval' => 'quotes-interval',
);

/** The shortcode attributes of `[value_quote]`, each with its element attribute. */
const QUOTE_ATTRIBUTES = array(
	'src'        => 'src',
	'story_id'   => 'story-id',
	'interval'   => 'interval',
	'controls'   => 'controls',
	'order'      => 'order',
	'transition' => 'transition',
	'highlight'  => 'highlight',
	'value'      => 'value',
	'start'      => 'start',
	'lang'       => 'lang',
	'label'      => 'label',
	'loading'    => 'loading',
	'paused'     => 'paused',
);

/**
 * ` name="value"` for each given attribute, escaped: `src` as a URL, the rest as text.
 *
 * @param array $values   The shortcode's attributes, after shortcode_atts().
 * @param array $mapping  Shortcode attribute => element attribute.
 */
function element_attributes( array $values, array $mapping ): string {
	$html = '';
	foreach ( $mapping as $key => $name ) {
		$value = is_scalar( $values[ $key ] ?? null ) ? trim( (string) $values[ $key ] ) : '';
		if ( 'src' === $key ) {
			$value = esc_url( $value );
		}
		if ( '' !== $value ) {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	return $html;
}

/** An HTML comment telling editors, not readers, why a shortcode shows nothing. */
function editor_notice( string $message ): string {
	return current_user_can( 'edit_posts' ) ? '<!-- ' . esc_html( $message ) . ' -->' : '';
}

/**
 * `[success_story src="…" story_id="…" layout="…" theme="…" lang="…" loading="…" heading_level="…" quotes_interval="…"]`,
 * optionally enclosing HTML to show before the story loads and to readers without JavaScript.
 *
 * @param array|string $atts    The attributes as written.
 * @param string|null  $content Enclosed content.
 */
function story_shortcode( $atts, $content = null ): string {
	$values = shortcode_atts( array_fill_keys( array_keys( STORY_ATTRIBUTES ), '' ), $atts, 'success_story' );
	if ( '' === esc_url( trim( (string) $values['src'] ) ) ) {
		return editor_notice( __( 'The success_story shortcode needs a src attribute: the link to the story\'s JSON file.', 'success-story' ) );
	}
	enqueue_bundle();
	$inner = null === $content ? '' : do_shortcode( $content );
	return '<success-story' . element_attributes( $values, STORY_ATTRIBUTES ) . '>' . $inner . '</success-story>';
}
add_shortcode( 'success_story', __NAMESPACE__ . '\story_shortcode' );

/**
 * `[value_quote src="…" story_id="…" interval="…" …]` for quotes from a JSON file, or
 * `[value_quote text="…" author="…" value="…"]` for one quote written as a figure, readable
 * without JavaScript.
 *
 * @param array|string $atts The attributes as written.
 */
function quote_shortcode( $atts ): string {
	$defaults = array_fill_keys( array_keys( QUOTE_ATTRIBUTES ), '' ) + array( 'text' => '', 'author' => '' );
	$values   = shortcode_atts( $defaults, $atts, 'value_quote' );
	$text     = trim( (string) $values['text'] );
	$has_src  = '' !== esc_url( trim( (string) $values['src'] ) );
	if ( ! $has_src && '' === $text ) {
		return editor_notice( __( 'The value_quote shortcode needs a src attribute or a text attribute.', 'success-story' ) );
	}
	enqueue_bundle();
	// `paused` is a boolean attribute on the element: present means paused, whatever its value.
	$values['paused'] = in_array( strtolower( trim( (string) $values['paused'] ) ), array( '', '0', 'false', 'no' ), true ) ? '' : 'paused';
	$figure = '';
	if ( '' !== $text ) {
		$value  = trim( (string) $values['value'] );
		$author = trim( (string) $values['author'] );
		$figure = '<figure' . ( '' === $value ? '' : ' data-value="' . esc_attr( $value ) . '"' ) . '>'
			. '<blockquote>' . esc_html( $text ) . '</blockquote>'
			. ( '' === $author ? '' : '<figcaption>' . esc_html( $author ) . '</figcaption>' )
			. '</figure>';
	}
	return '<value-quote' . element_attributes( $values, QUOTE_ATTRIBUTES ) . '>' . $figure . '</value-quote>';
}
add_shortcode( 'value_quote', __NAMESPACE__ . '\quote_shortcode' );
