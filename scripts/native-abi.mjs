/**
 * Which Node module version (ABI) a compiled addon was built for, read from the binary itself (the
 * `node_register_module_v<N>` symbol a non-N-API addon exports), and the checks the desktop build relies
 * on: node_modules' copy must match this Node (the CLI and the tests load it), .native-electron/'s copy
 * must match Electron (node-abi's table). Reading never loads or changes either binary.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nodeAbi from 'node-abi';

export const MODULE = 'better-sqlite3-multiple-ciphers';
export const BINARY = join('build', 'Release', 'better_sqlite3.node');

/** The module version a binary was built for, or null when it does not say (not an addon, or N-API). */
export function moduleVersionOf(binaryPath) {
  const versions = new Set();
  for (const m of readFileSync(binaryPath)
    .toString('latin1')
    .matchAll(/node_register_module_v(\d+)/g))
    versions.add(Number(m[1]));
  return versions.size === 1 ? [...versions][0] : null;
}

/** The module version `runtime` ('node' | 'electron') `version` loads (node-abi's table). */
export function abiFor(runtime, version) {
  return Number(nodeAbi.getAbi(version, runtime));
}

/** Check one binary against the module version its runtime needs; returns a problem or null. */
export function checkBinary(binaryPath, runtime, runtimeVersion) {
  let expected;
  try {
    expected = abiFor(runtime, runtimeVersion);
  } catch (e) {
    return `node-abi does not know ${runtime} ${runtimeVersion} (${e.message}); update node-abi`;
  }
  if (!existsSync(binaryPath)) return `${binaryPath} is missing (${runtime} ${runtimeVersion} needs module version ${expected})`;
  const actual = moduleVersionOf(binaryPath);
  if (actual === null) return `${binaryPath} does not say which module version it was built for`;
  if (actual !== expected) return `${binaryPath} is built for module version ${actual}, but ${runtime} ${runtimeVersion} needs ${expected}`;
  return null;
}

/** Both copies: node_modules' for Node, `electronDir`'s for Electron. */
export function checkBothCopies({ root, electronDir, electronVersion, nodeVersion = process.version }) {
  const problems = [];
  const nodeProblem = checkBinary(join(root, 'node_modules', MODULE, BINARY), 'node', nodeVersion);
  if (nodeProblem) problems.push(`Node copy: ${nodeProblem}`);
  const electronProblem = checkBinary(join(electronDir, 'node_modules', MODULE, BINARY), 'electron', electronVersion);
  if (electronProblem) problems.push(`Electron copy: ${electronProblem}`);
  return problems;
}
