import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../../content/extract-posting';
import { Posting } from '../../../core/posting';
import { normalizeText, splitQualifications } from '../../../core/section-text';
import { fixture, fixtureDoc, parse } from './html';

const URL_3038134 = 'https://www.amazon.jobs/en/jobs/3038134/sr-bie-position-3p-selection-eu-3p-selection';
const FRAGMENT = 'pages/real/amazon-jobs-detail-content-fragment_lorraine-dev_2025-08.html';

function extract(path: string, url = URL_3038134): Posting {
  const p = extractPosting(fixtureDoc(path), url);
  expect(Posting.safeParse(p).success).toBe(true);
  return p;
}

describe('the real detail fragment (job 3038134)', () => {
  const p = extract(FRAGMENT, `${URL_3038134}?utm_source=linkedin#apply`);

  it('takes job ID, locale and canonical URL from the URL (the fragment has no header)', () => {
    expect(p.jobId).toBe('3038134');
    expect(p.locale).toBe('en');
    expect(p.url).toBe(URL_3038134);
    expect(p.provenance.jobId).toEqual({ strategy: 'url', confidence: 0.9 });
  });

  it('reads the DESCRIPTION section with the re-indentation normalised and <br> as line breaks', () => {
    const lines = p.description!.split('\n');
    expect(lines[0]).toBe(
      'Amazon is looking for an analytical and technically skilled Senior Business Intelligence Engineer (BIE) to join our 3P Selection team. This role requires an individual with strong analytical abilities, solid business acumen, and comfort with technical systems. The successful candidate will be a self-starter comfortable with ambiguity, with strong attention to detail, and an ability to work in a fast-paced environment. This position can be based in our Tech Hubs in Luxembourg, London, Paris, Madrid, or Milan. Amazon will support your relocation. Come build the future with us!',
    );
    expect(lines[1]).toBe('');
    expect(lines[2]).toBe('Key job responsibilities');
    expect(lines[3]).toBe(
      '• Partner with the 3P Selection team to leverage techniques from econometrics, computer science, and statistics to measure seller experience and its impact on selection growth',
    );
    expect(lines).toContain('A day in the life');
    expect(lines).toContain('About the team');
    expect(lines.at(-1)).toMatch(/improve the seller experience across EU marketplaces\.$/);
    expect(p.provenance.description).toEqual({ strategy: 'dom', confidence: 1 });
  });

  it('splits the seven responsibilities, stopping at "A day in the life"', () => {
    expect(p.responsibilities).toHaveLength(7);
    expect(p.responsibilities[6]).toBe('Partner with cross-functional teams to analyze selection trends and opportunities');
  });

  it('reads nine basic and one preferred qualification, and the two closing paragraphs as notices', () => {
    expect(p.basicQualifications).toHaveLength(9);
    expect(p.basicQualifications[0]).toBe('Experience programming to extract, transform and clean large (multi-TB) data sets');
    expect(p.basicQualifications[3]).toBe('Experience in scripting for automation (e.g. Python) and advanced SQL skills.');
    expect(p.basicQualifications[8]).toBe('Experience in the data/BI space');
    expect(p.preferredQualifications).toEqual(['Experience managing, analyzing and communicating results to senior leadership']);
    expect(p.notices).toHaveLength(2);
    // The privacy link is an <a>: its text is kept, the markup is not.
    expect(p.notices[0]).toContain('Please consult our Privacy Notice (https://www.amazon.jobs/en/privacy_page) to know more');
    expect(p.notices[1]).toMatch(/^Our inclusive culture.*please contact your Recruiting Partner\.$/);
  });

  it('names exactly what the fragment does not show', () => {
    expect(p.missing).toEqual(['title', 'locations', 'category', 'team', 'company', 'postedDate', 'updatedDate']);
    expect(p.closed).toBe(false);
  });
});

interface RecordRow {
  job_id: string;
  title: string;
  location: string | null;
  category: string | null;
  company: string | null;
  description: string | null;
  basic_qualifications: string | null;
  preferred_qualifications: string | null;
}
const records = fixture('postings/postings.jsonl').trim().split('\n').map((l) => JSON.parse(l) as RecordRow);
const index = JSON.parse(fixture('pages/reconstructed/index.json')) as Record<string, { url: string; job_id: string }>;

describe('every reconstructed page matches its record', () => {
  it('has all 35 pages', () => expect(Object.keys(index)).toHaveLength(35));
  it.each(Object.entries(index))('%s', (file, { url, job_id }) => {
    const r = records.find((x) => x.job_id === job_id)!;
    const p = extract(`pages/reconstructed/${file}`, url);
    expect(p.jobId).toBe(r.job_id);
    expect(p.title).toBe(r.title);
    expect(p.company).toBe(r.company);
    expect(p.category).toBe(r.category);
    expect(p.locations).toEqual(r.location ? [r.location] : []);
    expect(p.description).toBe(normalizeText(r.description!));
    // The page's <p>/<br> text and the record's "\n" text give the same items.
    expect(p.basicQualifications).toEqual(splitQualifications(r.basic_qualifications!).items);
    expect(p.preferredQualifications).toEqual(splitQualifications(r.preferred_qualifications!).items);
    expect(p.provenance.title).toEqual({ strategy: 'dom', confidence: 1 });
    expect(p.missing).not.toContain('basicQualifications');
  });

  it('counts and ends checked by reading the pages', () => {
    const p1 = extract('pages/reconstructed/1496414.html', index['1496414.html']!.url);
    expect(p1.locations).toEqual(['US, VA, Herndon']);
    expect(p1.company).toBe('Amazon Dev Center U.S., Inc.');
    expect(p1.basicQualifications).toHaveLength(3);
    expect(p1.preferredQualifications).toHaveLength(11);
    expect(p1.preferredQualifications[10]).toBe('Meets/exceeds Amazon’s functional/technical depth and complexity for this role');
    const p2 = extract('pages/reconstructed/994952.html', index['994952.html']!.url);
    expect(p2.basicQualifications).toHaveLength(5);
    expect(p2.basicQualifications[3]).toBe('Bachelor’s Degree in Computer Science or related field or equivalent work experience');
    expect(p2.preferredQualifications).toHaveLength(10);
    const p3 = extract('pages/reconstructed/3038134.html');
    expect(p3.description!.startsWith('Amazon is looking for an analytical')).toBe(true);
    expect(p3.description).toContain("driving Amazon's EU marketplace selection strategy"); // &#x27; decoded by the parser
    expect(p3.category).toBe('Business Intelligence');
    expect(p3.company).toBe('Amazon EU Sarl');
  });
});

describe('mutated pages: partial Postings, nothing thrown, survivors still found', () => {
  const m = (what: string): Posting => extract(`pages/reconstructed/3038134.mutated-${what}.html`);
  const ALWAYS_ABSENT = ['locations', 'team', 'postedDate', 'updatedDate'];

  it('a missing section is named, the others are still found', () => {
    const p = m('missing-basic');
    expect(p.missing).toEqual([...ALWAYS_ABSENT, 'basicQualifications']);
    expect(p.basicQualifications).toEqual([]);
    expect(p.preferredQualifications).toHaveLength(1);
    expect(p.responsibilities).toHaveLength(7);
  });

  it('renamed classes: sections by heading text, title and ID from <title>; category and company lost', () => {
    const p = m('renamed-classes');
    expect(p.missing).toEqual(['locations', 'category', 'team', 'company', 'postedDate', 'updatedDate']);
    expect(p.title).toBe('Sr BIE position 3P Selection, EU 3P Selection');
    expect(p.provenance.title).toEqual({ strategy: 'structured-data', confidence: 0.7 });
    expect(p.jobId).toBe('3038134');
    expect(p.provenance.basicQualifications?.strategy).toBe('headings');
    expect(p.basicQualifications).toHaveLength(9);
    expect(p.preferredQualifications).toEqual(['Experience managing, analyzing and communicating results to senior leadership']);
    expect(p.notices).toHaveLength(2);
  });

  it('sections in another order are assigned by heading, not position', () => {
    const p = m('reordered');
    expect(p.missing).toEqual(ALWAYS_ABSENT);
    expect(p.basicQualifications).toHaveLength(9);
    expect(p.preferredQualifications).toHaveLength(1);
    expect(p.description!.startsWith('Amazon is looking for')).toBe(true);
  });

  it('an empty body keeps what the head says', () => {
    const p = m('empty-body');
    expect(p.title).toBe('Sr BIE position 3P Selection, EU 3P Selection');
    expect(p.jobId).toBe('3038134');
    expect(p.missing).toEqual([
      'locations', 'category', 'team', 'company', 'postedDate', 'updatedDate',
      'description', 'responsibilities', 'basicQualifications', 'preferredQualifications',
    ]);
  });

  it('a 2.6 MB page still yields the posting', () => {
    const html = fixture('pages/reconstructed/3038134.mutated-huge.html');
    expect(html.length).toBeGreaterThan(2_500_000);
    const p = m('huge');
    expect(p.missing).toEqual(ALWAYS_ABSENT);
    expect(p.basicQualifications).toHaveLength(9);
    expect(p.preferredQualifications).toHaveLength(1);
  });

  it.each(['german-headings', 'japanese-headings'])('%s: sections found by their localized headings', (what) => {
    const p = m(what);
    expect(p.missing).toEqual(ALWAYS_ABSENT);
    expect(p.provenance.description?.strategy).toBe('headings');
    expect(p.basicQualifications).toHaveLength(9);
    expect(p.basicQualifications[8]).toBe('Experience in the data/BI space');
    expect(p.preferredQualifications).toHaveLength(1);
    expect(p.responsibilities).toHaveLength(7);
    expect(p.description!.startsWith('Amazon is looking for')).toBe(true);
    // The heading itself is not part of the text.
    expect(p.description).not.toMatch(/BESCHREIBUNG|職務内容/);
  });

  it('stray markup in the description stays text; a <script> element is not read', () => {
    const p = m('stray-script');
    expect(p.description!.split('\n')[0]).toBe('<img src=x onerror=alert(1)> <script>alert(2)</script>');
    expect(p.description).not.toContain('window.pwned');
    expect(p.missing).toEqual(ALWAYS_ABSENT);
    expect(p.basicQualifications).toHaveLength(9);
  });

  it('a closed posting is flagged, its header still read', () => {
    const p = m('closed');
    expect(p.closed).toBe(true);
    expect(p.title).toBe('Sr BIE position 3P Selection, EU 3P Selection');
    expect(p.missing).toEqual([...ALWAYS_ABSENT, 'description', 'responsibilities', 'basicQualifications', 'preferredQualifications']);
  });
});

describe('structured data and hostile input', () => {
  it('reads a JSON-LD JobPosting; its HTML description becomes text, never markup', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Data Engineer',
      identifier: { '@type': 'PropertyValue', value: '3044401' },
      datePosted: '2025-07-28',
      hiringOrganization: { name: 'Amazon EU Sarl' },
      jobLocation: [{ address: { addressCountry: 'LUX', addressLocality: 'Luxembourg' } }],
      description: '<p>Build <b>pipelines</b> &amp; more</p><ul><li>SQL</li></ul>',
    };
    const doc = parse(`<html lang="de"><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body></body></html>`);
    const p = extractPosting(doc, 'https://www.amazon.jobs/de/jobs/3044401');
    expect(p.title).toBe('Data Engineer');
    expect(p.jobId).toBe('3044401');
    expect(p.provenance.jobId?.strategy).toBe('structured-data');
    expect(p.company).toBe('Amazon EU Sarl');
    expect(p.postedDate).toBe('2025-07-28');
    expect(p.locations).toEqual(['LUX, Luxembourg']);
    expect(p.description).toBe('Build pipelines & more\n• SQL');
    expect(p.locale).toBe('de');
  });

  it('broken JSON-LD is skipped', () => {
    const doc = parse('<html><head><script type="application/ld+json">{ not json</script><title>X - Job ID: 42 | Amazon.jobs</title></head></html>');
    const p = extractPosting(doc, 'https://example.com/');
    expect(p.title).toBe('X');
    expect(p.jobId).toBe('42');
    expect(p.url).toBe('https://example.com/');
    expect(p.missing).toContain('url');
  });

  it('a Document that throws on every call gives an all-missing Posting, not an exception', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); } }) as unknown as Document;
    const p = extractPosting(hostile, 'https://www.amazon.jobs/en/jobs/3038134');
    expect(Posting.safeParse(p).success).toBe(true);
    expect(p.jobId).toBe('3038134'); // the URL alone still gives the ID
    expect(p.missing).toContain('title');
    expect(p.missing).toContain('description');
  });
});
