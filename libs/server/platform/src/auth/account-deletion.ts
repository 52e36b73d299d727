import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * What a program does when a person deletes their account, in the deletion's own transaction:
 * give back what the person held (a consultation slot, a seminar seat) and tell whoever is waiting
 * for it. Called after the account has been anonymised and marked deleted (so no mail goes to the
 * person) and before their pending mails are cancelled.
 */
export interface AccountDeletionHook {
  /** Names the program in errors. */
  readonly name: string;
  accountDeleted(manager: EntityManager, userId: string, now: Date): Promise<void>;
}

/**
 * The programs' hooks, registered at start (`onModuleInit`), as email templates are: accounts need
 * not know the programs, and a program that holds something for a person cannot be forgotten here.
 */
@Injectable()
export class AccountDeletionHooks {
  private readonly hooks: AccountDeletionHook[] = [];

  register(hook: AccountDeletionHook): void {
    if (this.hooks.some((known) => known.name === hook.name)) throw new Error(`account deletion hook ${hook.name} registered twice`);
    this.hooks.push(hook);
  }

  /** Every program's hook, one after another, in the caller's transaction. */
  async run(manager: EntityManager, userId: string, now: Date): Promise<void> {
    for (const hook of this.hooks) await hook.accountDeleted(manager, userId, now);
  }
}
