import { randomInt } from 'node:crypto';
import { CHECK_IN_CODE_ALPHABET, CHECK_IN_CODE_LENGTH, checkInCodeFrom } from '@asaka/domain';

/** A fresh check-in code: each character drawn uniformly with the operating system's generator. */
export function newCheckInCode(): string {
  return checkInCodeFrom(Array.from({ length: CHECK_IN_CODE_LENGTH }, () => randomInt(CHECK_IN_CODE_ALPHABET.length)));
}
