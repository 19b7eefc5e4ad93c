/** The one case a service instance has open (a window or a CLI invocation works on one case at a time). */
import { CasefileError } from '../shared/errors';
import { CaseContext } from './context';
import { CaseStore } from './store/case-store';

export class Session {
  private current: CaseContext | null = null;

  get isOpen(): boolean {
    return this.current !== null && this.current.store.isOpen;
  }

  ctx(): CaseContext {
    if (!this.current || !this.current.store.isOpen) {
      throw new CasefileError('NO_CASE_OPEN', 'No case file is open. Open or create one first.');
    }
    return this.current;
  }

  create(path: string, passphrase: string, title?: string): CaseContext {
    this.close();
    this.current = new CaseContext(CaseStore.create(path, passphrase, title));
    return this.current;
  }

  open(path: string, passphrase: string): CaseContext {
    this.close();
    this.current = new CaseContext(CaseStore.open(path, passphrase));
    return this.current;
  }

  close(): boolean {
    if (!this.current) return false;
    this.current.store.close();
    this.current = null;
    return true;
  }
}
