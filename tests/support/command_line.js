// The command line of our Node checks: "--flag value" or "--flag=value", each flag one of
// `flags` (flag -> option name). A wrong command line ends the process with exit code 2 and
// one line saying why.
'use strict';

function usageError(program, message) {
  process.stderr.write(`${program}: ${message}\n`);
  process.exit(2);
}

function parseOptions(program, argv, flags) {
  const options = {};
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const value = inline !== undefined ? inline : argv[(i += 1)];
    if (value === undefined) usageError(program, `${flag} needs a value`);
    if (!Object.hasOwn(flags, flag)) usageError(program, `unknown argument ${flag}`);
    options[flags[flag]] = value;
  }
  return options;
}

module.exports = { parseOptions, usageError };
