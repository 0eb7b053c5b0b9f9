<?php
/**
 * Test site only (a must-use plugin): this machine has no internet, so WordPress's own calls to
 * wordpress.org (update checks, the block directory) and to gravatar.com are turned off, as an
 * offline site's owner would. Nothing here touches the plugin under test.
 */

remove_action( 'admin_init', '_maybe_update_core' );
remove_action( 'admin_init', '_maybe_update_plugins' );
remove_action( 'admin_init', '_maybe_update_themes' );
remove_action( 'wp_version_check', 'wp_version_check' );
remove_action( 'load-plugins.php', 'wp_update_plugins' );
remove_action( 'load-update-core.php', 'wp_update_plugins' );
remove_action( 'enqueue_block_editor_assets', 'wp_enqueue_editor_block_directory_assets' );
add_filter( 'option_show_avatars', '__return_false' );
