import { atom } from 'nanostores';

/** The error the agent must notice (rendered in role="alert"), or null. */
export const $alert = atom<string | null>(null);

/** Shows an error to the agent, replacing the previous one. */
export function showAlert(text: string): void {
  $alert.set(text);
}

/** Hides the current error. */
export function dismissAlert(): void {
  $alert.set(null);
}
