// What the Firefox and WebKit launchers share: they drive browsers installed from Debian packages,
// and a missing one must stop the run with the package to install, never skip its tests.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Throws a message naming the package to install when `path` does not exist. */
export function requireInstalled(path, debianPackage, variable) {
  if (existsSync(path)) return;
  const instead = variable ? `, or set ${variable} to another build` : '';
  throw new Error(`${path} not found: install the Debian package ${debianPackage} (apt-get install ${debianPackage})${instead}.`);
}

/** Starts a helper process that dies with the test runner, even when the runner is interrupted. */
export function spawnChild(command, args, options) {
  const child = spawn(command, args, options);
  const killChild = () => child.kill();
  process.once('exit', killChild);
  child.once('exit', () => process.off('exit', killChild));
  return child;
}
