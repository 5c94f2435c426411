/**
 * Password hashing (argon2id, OWASP parameters) and the strength rule: at
 * least 12 characters (checked by the shared schema), not one of the most
 * common passwords, not guessable, not built from the user's own names.
 */
import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { FieldProblem } from '../errors';

// Algorithm.Argon2id is 2 (a const enum, which isolated modules cannot read).
const ARGON2 = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Spend the time of a real check when the account does not exist, so timing reveals nothing. */
export async function verifyAgainstNothing(password: string): Promise<void> {
  dummyHash ??= hashPassword('sportello-no-such-account');
  await verifyPassword(await dummyHash, password);
}

type Checker = (password: string, userInputs: string[]) => { score: number; personal: boolean };
let checker: Promise<{ common: Set<string>; check: Checker }> | undefined;

/** The dictionaries are large: load them on first use, not at start. */
function loadChecker() {
  checker ??= (async () => {
    const [{ zxcvbn, zxcvbnOptions }, common, italian] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-it'),
    ]);
    zxcvbnOptions.setOptions({
      dictionary: { ...common.dictionary, ...italian.dictionary },
      graphs: common.adjacencyGraphs,
    });
    const check: Checker = (password, userInputs) => {
      const result = zxcvbn(password, userInputs);
      const personal = result.sequence.some(
        (match) => match.pattern === 'dictionary' && match.dictionaryName === 'userInputs',
      );
      return { score: result.score, personal };
    };
    return { common: new Set(common.dictionary.passwords.map((p) => p.toLowerCase())), check };
  })();
  return checker;
}

/** Problems with a new password, as field problems on `field`; empty when acceptable. */
export async function passwordProblems(
  password: string,
  userInputs: string[],
  field = 'newPassword',
): Promise<FieldProblem[]> {
  const { common, check } = await loadChecker();
  if (common.has(password.toLowerCase())) return [{ field, message: 'validation.passwordCommon' }];
  const inputs = userInputs
    .flatMap((input) => input.toLowerCase().split(/[\s.@_-]+/))
    .filter((w) => w.length >= 3);
  const { score, personal } = check(password, inputs);
  if (personal && score < 4) return [{ field, message: 'validation.passwordPersonal' }];
  if (score < 3) return [{ field, message: 'validation.passwordWeak' }];
  return [];
}

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
/** A temporary password to hand over in person: 4 groups of 4 unambiguous characters. */
export function temporaryPassword(): string {
  const chars = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}
