// The store's one error kind, shared by the store file and the follow-up contexts' file.
export class StoreError extends Error {
  constructor(
    readonly code: 'STORE_UNREADABLE' | 'STORE_INVALID' | 'STORE_WRITE_FAILED' | 'CHANGE_INVALID',
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
