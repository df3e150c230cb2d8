// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entry } from '../helpers/widget-frames';
import { openWidget, renderWidget, sentOfType, startChat } from '../helpers/widget-setup';

beforeEach(() => localStorage.clear());
afterEach(() => cleanup());

async function offlineWidget() {
  const started = await openWidget();
  expect(screen.queryByRole('form', { name: 'Leave your email' })).toBeNull();
  started.net.latest.receive({ type: 'status', status: { mode: 'offline' } });
  started.net.latest.receive({ type: 'entry', entry: entry({ seq: 1, role: 'system', kind: 'offline', text: 'Nobody is around right now.' }) });
  const form = await screen.findByRole('form', { name: 'Leave your email' });
  return { ...started, form };
}

describe('offline form', () => {
  it('asks for Name (optional), Email (required) and Question, prefilled with the last message', async () => {
    const started = startChat();
    started.chat.open();
    renderWidget(started.chat);
    started.net.latest.receive({ type: 'history', entries: [entry({ seq: 1, role: 'visitor', text: 'First try', clientId: 'a' }), entry({ seq: 2, role: 'bot', text: 'Hmm.' })] });
    started.chat.send('Can I get a refund?');
    started.chat.requestPerson();
    started.net.latest.receive({ type: 'status', status: { mode: 'offline' } });
    const form = await screen.findByRole('form', { name: 'Leave your email' });

    const name = within(form).getByRole('textbox', { name: 'Name' }) as HTMLInputElement;
    const email = within(form).getByRole('textbox', { name: 'Email' }) as HTMLInputElement;
    const question = within(form).getByRole('textbox', { name: 'Question' }) as HTMLTextAreaElement;
    expect(within(form).getAllByRole('textbox')).toEqual([name, email, question]);
    expect([name.required, email.required, question.required]).toEqual([false, true, false]);
    expect(question.tagName).toBe('TEXTAREA');
    expect(question.value).toBe('Can I get a refund?');

    fireEvent.input(email, { target: { value: 'a@b.co' } });
    fireEvent.input(question, { target: { value: 'Refund for order 12?' } });
    fireEvent.submit(form);
    expect(sentOfType(started.net.latest.frames, 'ticket')).toMatchObject([{ email: 'a@b.co', question: 'Refund for order 12?' }]);
    expect(sentOfType(started.net.latest.frames, 'ticket')[0]).not.toHaveProperty('name');
  });

  it('starts with an empty question when the visitor has written nothing, and with the identified name and email', async () => {
    const started = startChat();
    started.chat.identify({ type: 'identify', name: 'Ada', email: 'ada@example.com' });
    started.chat.open();
    renderWidget(started.chat);
    started.net.latest.receive({ type: 'status', status: { mode: 'offline' } });
    const form = await screen.findByRole('form', { name: 'Leave your email' });
    expect((within(form).getByRole('textbox', { name: 'Question' }) as HTMLTextAreaElement).value).toBe('');
    expect((within(form).getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe('Ada');
    expect((within(form).getByRole('textbox', { name: 'Email' }) as HTMLInputElement).value).toBe('ada@example.com');
  });

  it('clears the validation alert as soon as the email is edited', async () => {
    const { form } = await offlineWidget();
    const email = within(form).getByRole('textbox', { name: 'Email' });
    fireEvent.input(email, { target: { value: 'ada@' } });
    fireEvent.submit(form);
    expect((await within(form).findByRole('alert')).textContent).toMatch(/valid email/);

    fireEvent.input(email, { target: { value: 'ada@e' } });
    await waitFor(() => expect(within(form).queryByRole('alert')).toBeNull());
  });

  it('refuses a bad email with an alert and sends nothing', async () => {
    const { net, form } = await offlineWidget();
    const email = within(form).getByRole('textbox', { name: 'Email' }) as HTMLInputElement;
    expect(email.type).toBe('email');
    expect(email.required).toBe(true);
    fireEvent.input(email, { target: { value: 'not-an-email' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Send email' }));

    expect((await within(form).findByRole('alert')).textContent).toMatch(/valid email/);
    expect(sentOfType(net.latest.frames, 'ticket')).toHaveLength(0);
  });

  it('sends a ticket frame for a good email, then gives way to the confirmation', async () => {
    const { net, form } = await offlineWidget();
    fireEvent.input(within(form).getByRole('textbox', { name: 'Email' }), { target: { value: ' a@b.co ' } });
    fireEvent.input(within(form).getByRole('textbox', { name: 'Name' }), { target: { value: 'Ada' } });
    fireEvent.submit(form);

    const tickets = sentOfType(net.latest.frames, 'ticket');
    expect(tickets).toMatchObject([{ type: 'ticket', email: 'a@b.co', name: 'Ada' }]);
    expect(typeof tickets[0].clientId).toBe('string');
    expect(screen.queryByRole('alert')).toBeNull();

    net.latest.receive({ type: 'ack', clientId: tickets[0].clientId, seq: 2 });
    net.latest.receive({ type: 'entry', entry: entry({ seq: 2, role: 'system', kind: 'ticket', text: "Thanks — we'll reply to a@b.co" }) });
    expect(await screen.findByText("Thanks — we'll reply to a@b.co")).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Leave your email' })).toBeNull());
    expect(screen.getByRole('button', { name: 'Talk to a person' })).toBeTruthy();
  });
});
