import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type Demo } from '../../demo/start-demo';
import { createSqliteStore } from '../../server';
import { launchBrowser } from './browser';

const shots = join(process.cwd(), 'test-results');
let browser: Browser;
let demo: Demo;
let dbPath: string;

beforeAll(async () => {
  await mkdir(shots, { recursive: true });
  dbPath = join(mkdtempSync(join(tmpdir(), 'baton-e2e-')), 'demo.sqlite');
  demo = await startDemo({ relayPort: 0, sitePort: 0, storagePath: dbPath, graceMs: 200, tickMs: 50 });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
  if (dbPath) rmSync(dirname(dbPath), { recursive: true, force: true });
});

async function openWidget(page: Page): Promise<void> {
  await page.goto(demo.siteUrl);
  await page.getByRole('button', { name: 'Open chat' }).click();
  await expect.poll(() => page.getByRole('textbox', { name: 'Message' }).isVisible()).toBe(true);
}

async function say(page: Page, text: string): Promise<void> {
  const box = page.getByRole('textbox', { name: 'Message' });
  await box.fill(text);
  await box.press('Enter');
}

const log = (page: Page) => page.getByRole('log');
const seen = (page: Page, text: string | RegExp) => expect.poll(() => log(page).innerText(), { timeout: 10_000 }).toMatch(text);

describe('the demo, end to end in headless Chromium', () => {
  it('bot answers, visitor asks for a person, agent accepts and replies, resolves, and history survives reload and a relay restart', async () => {
    const agentCtx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const agent = await agentCtx.newPage();
    await agent.goto(demo.consoleUrl);
    await expect.poll(() => agent.getByRole('checkbox', { name: 'Available' }).isChecked()).toBe(true);

    const visitorCtx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const visitor = await visitorCtx.newPage();
    await openWidget(visitor);
    await say(visitor, 'what are your opening hours?');
    await seen(visitor, /Monday/);
    await say(visitor, 'do you sell spaceships?');
    await seen(visitor, /don't have that information/);

    await visitor.getByRole('button', { name: 'Talk to a person' }).click();
    await seen(visitor, /getting you a person/);
    await visitor.screenshot({ path: join(shots, 'visitor-queued.png') });

    // The agent sees the waiting conversation with its reason and transcript, and accepts it.
    await expect.poll(() => agent.getByRole('button', { name: 'Accept' }).count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => agent.locator('body').innerText()).toMatch(/pressed "Talk to a person"/);
    await agent.getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => agent.getByRole('log').innerText()).toMatch(/do you sell spaceships\?/);
    await seen(visitor, /Alex from Northwind joined/);

    const reply = agent.getByRole('textbox', { name: 'Reply' });
    await reply.fill("Hi, I'm Alex. No spaceships, but our cargo bikes come close!");
    await agent.getByRole('button', { name: 'Send' }).click();
    await seen(visitor, /cargo bikes come close/);
    await expect.poll(() => visitor.getByRole('log').innerText()).toMatch(/Alex from Northwind/);
    await agent.screenshot({ path: join(shots, 'agent-console.png') });
    await visitor.screenshot({ path: join(shots, 'visitor-with-agent.png') });

    await agent.getByRole('button', { name: 'Resolve' }).click();
    await seen(visitor, /back with the Northwind Bikes bot/);
    await say(visitor, 'do you deliver?');
    await seen(visitor, /deliver/i);
    const countOf = async (text: string) => (await log(visitor).innerText()).split(text).length - 1;
    await expect.poll(() => countOf('do you deliver?')).toBe(1);

    // Reload: the whole history is back, nothing twice.
    await visitor.reload();
    await visitor.getByRole('button', { name: 'Open chat' }).click();
    await seen(visitor, /cargo bikes come close/);
    expect(await countOf('do you sell spaceships?')).toBe(1);
    expect(await countOf('do you deliver?')).toBe(1);

    // The relay dies and comes back; a message typed meanwhile is delivered once.
    await demo.relay.close();
    await expect.poll(() => visitor.getByText('Reconnecting…').isVisible(), { timeout: 10_000 }).toBe(true);
    await say(visitor, 'are you still there?');
    await demo.restartRelay();
    await seen(visitor, /are you still there\?[\s\S]*don't have that information/);
    await expect.poll(() => visitor.getByText('Sending…').count(), { timeout: 15_000 }).toBe(0);
    expect(await countOf('are you still there?')).toBe(1);
    await visitorCtx.close();
    await agentCtx.close();
  });

  it('with no agent available, the visitor sees the offline message and leaves an email that is stored as a ticket', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const visitor = await ctx.newPage();
    await openWidget(visitor);
    await say(visitor, 'can I talk to a human?');
    await seen(visitor, /No one from the Northwind team is available/);
    expect(await log(visitor).innerText()).not.toMatch(/getting you a person|joined/);
    const form = visitor.getByRole('form', { name: 'Leave your email' });
    await form.getByRole('textbox', { name: 'Email' }).fill('not an email');
    await form.getByRole('button', { name: 'Send email' }).click();
    await expect.poll(() => visitor.getByRole('alert').first().innerText()).toMatch(/valid email/i);
    await form.getByRole('textbox', { name: 'Email' }).fill('ana@example.com');
    await visitor.screenshot({ path: join(shots, 'visitor-offline.png') });
    await form.getByRole('button', { name: 'Send email' }).click();
    await seen(visitor, /reply to ana@example.com/);

    const store = createSqliteStore(dbPath);
    const tickets = await store.listTickets();
    await store.close();
    const ticket = tickets.find((t) => t.email === 'ana@example.com');
    expect(ticket?.transcript.map((e) => e.text)).toContain('can I talk to a human?');
    expect(ticket?.reason.code).toBe('explicit-request');
    await ctx.close();
  });

  it('the host page opens the chat through window.Baton, and hears the widget’s events', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await ctx.newPage();
    await page.goto(demo.siteUrl);
    await expect.poll(() => page.evaluate(() => typeof (window as any).Baton?.open)).toBe('function');
    await page.evaluate(() => {
      (window as any).seen = [];
      (window as any).Baton.on('open', () => (window as any).seen.push('open'));
    });
    await page.getByRole('button', { name: 'Ask a mechanic' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Close chat' }).isVisible()).toBe(true);
    expect(await page.evaluate(() => (window as any).seen)).toEqual(['open']);
    await ctx.close();
  });

  it('fills the screen on a phone and keeps the host page CSS out', async () => {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 740 }, isMobile: true });
    const page = await ctx.newPage();
    await openWidget(page);
    // Polled: the panel animates open.
    await expect.poll(async () => (await page.getByRole('dialog').boundingBox())?.width).toBeGreaterThanOrEqual(389);
    expect((await page.getByRole('dialog').boundingBox())?.height).toBeGreaterThanOrEqual(700);
    // The demo page forces Georgia on every element and restyles every button; none of it reaches the widget.
    const sendFont = await page.getByRole('button', { name: 'Send' }).evaluate((el) => getComputedStyle(el).fontFamily);
    expect(sendFont).not.toMatch(/Georgia/i);
    const pageFont = await page.locator('h1').first().evaluate((el) => getComputedStyle(el).fontFamily);
    expect(pageFont).toMatch(/Georgia/i);
    await page.screenshot({ path: join(shots, 'visitor-phone.png') });
    await ctx.close();
  });
});
