// Evidence that reads well: whole phrases, and the clause or sentence around them, bounded. Expected
// values below were worked out by reading each input.
import { describe, expect, it } from 'vitest';
import { MAX_CONTEXT_CHARS, evidenceContext, evidenceQuote, readablePhrase } from '../../../core/evidence-context';

/** readablePhrase + evidenceContext for the first occurrence of `match` in `text`. */
function read(text: string, match: string) {
  const at = text.indexOf(match);
  expect(at, `"${match}" is in the text`).toBeGreaterThanOrEqual(0);
  const [start, end] = readablePhrase(text, at, at + match.length);
  const context = evidenceContext(text, start, end);
  return { phrase: text.slice(start, end), start, end, context, quote: evidenceQuote(text, { start, end, text: text.slice(start, end), context }) };
}

describe('readablePhrase', () => {
  it('carries a dangling "and" on to the word it joins', () => {
    expect(read('We believe that simple and robust services are critical.', 'simple and').phrase).toBe('simple and robust');
  });

  it('carries a dangling preposition on through articles to the words it introduces', () => {
    expect(read('You will partner with the product managers to plan.', 'partner with').phrase).toBe('partner with the product managers');
    expect(read('Knowledge of AWS services.', 'Knowledge of').phrase).toBe('Knowledge of AWS services');
    expect(read('We are responsible for scalable and innovative solutions to enable it.', 'responsible for').phrase).toBe(
      'responsible for scalable and innovative solutions',
    );
  });

  it('drops leading "you/will/to" and completes "own the …"', () => {
    expect(read('You will own the roadmap for payments.', 'will own the').phrase).toBe('own the roadmap');
    expect(read('Our goal is to own and drive real world problems.', 'to own and').phrase).toBe('own and drive');
  });

  it('trims a dangling word back when nothing follows on the same line', () => {
    expect(read('Partner with\nteams across Amazon', 'Partner with').phrase).toBe('Partner');
    expect(read('Build things simple and, above all, fast.', 'simple and').phrase).toBe('simple');
  });

  it('keeps meaningful leading prepositions and whole hyphenated words', () => {
    expect(read('We deliver on time, every time.', 'on time').phrase).toBe('on time');
    expect(read('Support strategic decision-making through analytics', 'Support strategic decision').phrase).toBe(
      'Support strategic decision-making',
    );
    expect(read('You are a self-starter.', 'starter').phrase).toBe('self-starter');
  });

  it('leaves a phrase without dangling edges alone', () => {
    expect(read('We are customer-centric.', 'customer-centric').phrase).toBe('customer-centric');
  });
});

describe('evidenceContext', () => {
  it('is the sentence around the phrase', () => {
    const text = 'We build payment systems. We are customer-obsessed and fast! Third sentence here.';
    const r = read(text, 'customer-obsessed');
    expect(r.context.text).toBe('We are customer-obsessed and fast!');
    expect(text.slice(r.context.start, r.context.end)).toBe(r.context.text);
    expect(r.quote).toEqual({ before: 'We are ', phrase: 'customer-obsessed', after: ' and fast!' });
  });

  it('does not end a sentence at "e.g.", "...", or a full stop inside a word', () => {
    const text = 'Intro. Use tools, e.g. SQL or Node.js, to dive deep into data... and report. Next.';
    expect(read(text, 'dive deep').context.text).toBe('Use tools, e.g. SQL or Node.js, to dive deep into data... and report.');
  });

  it('includes a closing quote after the full stop, and stops at a line or bullet', () => {
    expect(read('Amazon has a fast-paced environment where we “Work Hard.” A typical day', 'fast-paced').context.text).toBe(
      'Amazon has a fast-paced environment where we “Work Hard.”',
    );
    const bullets = '• Drive automation of reports \n• Partner with cross-functional teams to analyze trends\n\nA day in the life';
    const r = read(bullets, 'Partner with');
    expect(r.phrase).toBe('Partner with cross-functional teams');
    expect(r.context.text).toBe('Partner with cross-functional teams to analyze trends');
    expect(read('- Experience with AWS\n- Strong attention to detail', 'attention to detail').context.text).toBe('Strong attention to detail');
  });

  it(`cuts a long sentence to at most ${MAX_CONTEXT_CHARS} characters around the phrase, marked "…" only in the quote`, () => {
    const text =
      'We look for builders who enjoy long meetings about nothing in particular, who write documents for many different audiences across the company, who dive deep into every metric we own, and who still find time to mentor new hires on the team every week.';
    expect(text.length).toBeGreaterThan(MAX_CONTEXT_CHARS);
    const r = read(text, 'dive deep');
    expect(r.context.text.length).toBeLessThanOrEqual(MAX_CONTEXT_CHARS);
    expect(r.context.text).toContain('dive deep');
    expect(r.context.text).not.toContain('…');
    // Cut at word boundaries: it starts and ends with whole words of the text.
    expect(text.split(' ')).toContain(r.context.text.split(' ')[0]);
    expect(r.quote.before.startsWith('…') || r.quote.after.endsWith('…')).toBe(true);
    expect(r.quote.before.replace(/^…/, '') + r.quote.phrase + r.quote.after.replace(/…$/, '')).toBe(r.context.text);
  });

  it('moves a cut edge to a nearby clause break, and never ends on a stray comma', () => {
    // The first clause does not fit beside the phrase's own and the one before it; the clause
    // "who write documents …" starts right after it, so the context starts there.
    const long =
      'We look for builders who enjoy long meetings about nothing in particular with anyone who will listen to them for hours on end, who write documents for many different audiences across the company, who dive deep into every metric we own, and who still find time to mentor new hires on the team every week.';
    expect(read(long, 'dive deep').quote.before).toBe('…who write documents for many different audiences across the company, who ');
    const semicolon =
      'Our team owns the planning, forecasting, staffing and scheduling systems for every fulfilment centre in Europe; you dive deep into the data, find the root cause of each miss and fix it for good, working with operations leaders in ten countries.';
    const r = read(semicolon, 'dive deep');
    expect(r.context.text.length).toBeLessThanOrEqual(MAX_CONTEXT_CHARS);
    // Whole clauses: it grows inside its own part of the sentence (after the ";") before crossing it.
    expect(r.quote.before).toBe('…you ');
    expect(r.quote.after).toBe(' into the data, find the root cause of each miss and fix it for good, working with operations leaders in ten countries.');
  });

  it('cuts a long sentence at clause breaks, never inside a clause (real sentences, external jobs 1374922 and 1375283)', () => {
    const liaison =
      'Act as technical liaison between customers and the service engineering teams, providing product improvement feedback to AWS developers and accelerating the adoption of new features in customer deployments.';
    const a = read(liaison, 'customers');
    expect(a.context.text).toBe('Act as technical liaison between customers and the service engineering teams');
    expect(a.quote.after).toBe(' and the service engineering teams…');
    const security =
      'In-depth understanding of security threats, hands-on experience detecting and defending from cyber attacks, and experience using big data analytics and orchestration to address security challenges';
    const b = read(security, 'hands-on');
    expect(b.context.text.length).toBeLessThanOrEqual(MAX_CONTEXT_CHARS);
    // Starts and ends at a clause edge of the sentence, never on a joining word.
    expect(/^(?:In-depth|hands-on|and experience)/.test(b.context.text)).toBe(true);
    expect(b.context.text).not.toMatch(/\b(?:and|the|of|to|using)$/);
  });
});

describe('evidenceContext on sentences a reviewer read (review 5)', () => {
  it('quotes whole clauses of a sentence up to 200 characters long, not a window cut inside one (external job 1375220)', () => {
    const curious =
      'On the personal attributes side, we are looking for individuals who are passionate about technology and have the drive and capability to absorb and retain vast amounts of deep technical information continuously.';
    const r = read(curious, 'passionate about technology');
    // At 160 characters this was "…we are looking for individuals … to absorb and retain vast…".
    expect(r.quote.before).toBe('…we are looking for individuals who are ');
    expect(r.quote.after).toBe(' and have the drive and capability to absorb and retain vast amounts of deep technical information continuously.');
  });
});

describe('evidenceQuote', () => {
  it('falls back to the bare phrase when the context does not sit in the text (an older saved plan)', () => {
    const text = 'We are customer-obsessed.';
    expect(evidenceQuote(text, { start: 7, end: 24, text: 'customer-obsessed', context: { start: 0, end: 5, text: 'wrong' } })).toEqual({
      before: '',
      phrase: 'customer-obsessed',
      after: '',
    });
    expect(evidenceQuote(text, { start: 7, end: 24, text: 'customer-obsessed' }).phrase).toBe('customer-obsessed');
  });
});
