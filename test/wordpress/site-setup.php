<?php
/**
 * Sets up the test WordPress from the command line, with WordPress's own functions and no HTTP:
 *   install                 wp_install(): the site and its administrator
 *   install-plugin <zip>    Plugin_Upgrader, as Plugins → Add New → Upload does, then activation
 *   shortcode-pages <json>  a page with each shortcode, reading the story from <json>'s URL
 *   deactivate              deactivates the plugin
 * Prints what the next step needs (a JSON object) on standard output.
 *
 * Usage: php site-setup.php <wordpress folder> <host:port> <step> [argument]
 */

[ , $root, $host, $step ] = $argv;
$argument = $argv[4] ?? '';
$_SERVER['HTTP_HOST']      = $host;
$_SERVER['SERVER_NAME']    = '127.0.0.1';
$_SERVER['REQUEST_URI']    = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';

/** Stops the step with a message on standard error. */
function fail( string $message ): void {
	fwrite( STDERR, "site-setup: $message\n" );
	exit( 1 );
}

if ( 'install' === $step ) {
	define( 'WP_INSTALLING', true );
	require $root . '/wp-load.php';
	// Pluggable: no mail server here.
	function wp_new_blog_notification() {}
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	$result = wp_install( 'Success story test site', 'admin', 'admin@example.com', true, '', 'admin-pass' );
	// The administrator has seen the editor's welcome guide, which shows an image from s.w.org.
	global $wpdb;
	update_user_meta( $result['user_id'], $wpdb->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
	echo json_encode( array( 'user' => $result['user_id'] ) );
	exit;
}

require $root . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
wp_set_current_user( 1 );
const PLUGIN = 'success-story/success-story.php';

switch ( $step ) {
	case 'install-plugin':
		require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
		require_once ABSPATH . 'wp-admin/includes/file.php';
		WP_Filesystem();
		$upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
		$installed = $upgrader->install( $argument );
		if ( true !== $installed ) {
			fail( 'installing the zip failed: ' . ( is_wp_error( $installed ) ? $installed->get_error_message() : implode( '; ', $upgrader->skin->get_upgrade_messages() ) ) );
		}
		$activated = activate_plugin( PLUGIN );
		if ( is_wp_error( $activated ) ) {
			fail( 'activation failed: ' . $activated->get_error_message() );
		}
		echo json_encode( array( 'active' => is_plugin_active( PLUGIN ), 'plugin' => $upgrader->plugin_info() ) );
		break;

	case 'shortcode-pages':
		$pages = array(
			'story'  => '[success_story src="' . $argument . '" story_id="alibaba-en" layout="banner" unknown="ignored"]',
			'quotes' => '[value_quote src="' . $argument . '" story_id="alibaba-en" interval="2000" controls="full"]',
		);
		$ids   = array();
		foreach ( $pages as $name => $content ) {
			$id = wp_insert_post(
				array(
					'post_type'    => 'page',
					'post_title'   => "Shortcode $name",
					'post_status'  => 'publish',
					'post_content' => $content,
				),
				true
			);
			if ( is_wp_error( $id ) ) {
				fail( $id->get_error_message() );
			}
			$ids[ $name ] = $id;
		}
		echo json_encode( $ids );
		break;

	case 'deactivate':
		deactivate_plugins( PLUGIN );
		echo json_encode( array( 'active' => is_plugin_active( PLUGIN ) ) );
		break;

	default:
		fail( "unknown step $step" );
}
