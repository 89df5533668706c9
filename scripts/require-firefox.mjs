// The Firefox browser tests need Debian's Firefox ESR; fail loudly (never skip) when it is missing.
import { existsSync } from 'node:fs';

const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
if (!existsSync(path)) {
  console.error(
    `\nFirefox browser tests need Firefox ESR at ${path}, and it is not there.\n` +
      'Install it with:  sudo apt-get update && sudo apt-get install -y firefox-esr\n' +
      '(or set FIREFOX_PATH to a Firefox binary).\n',
  );
  process.exit(1);
}
