import { AppConfig, ConfigError, loadConfig } from './app-config';

/** For process entry points: a bad environment prints what is wrong and exits with status 1. */
export function loadConfigOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
