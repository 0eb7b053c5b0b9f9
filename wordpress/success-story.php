<?php
/**
 * Plugin Name:       Success story
 * Description:       A success story and its rotating value quotes, as blocks and shortcodes. The story stays readable HTML without JavaScript.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.2
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       success-story
 * Domain Path:       /languages
 *
 * @package SuccessStory
 */

namespace SuccessStory;

defined( 'ABSPATH' ) || exit;

const VERSION = '0.1.0';
const PLUGIN_FILE = __FILE__;

require __DIR__ . '/includes/assets.php';
require __DIR__ . '/includes/allowed-html.php';
require __DIR__ . '/includes/blocks.php';
require __DIR__ . '/includes/shortcodes.php';

add_action(
	'init',
	static function () {
		load_plugin_textdomain( 'success-story', false, dirname( plugin_basename( PLUGIN_FILE ) ) . '/languages' );
	}
);
