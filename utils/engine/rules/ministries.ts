/**
 * State ministries by portfolio, both word orders ("Ministry of Public Security", "Public
 * Security Ministry"). A trailing '*' lifts the word boundary on the right (compile.ts):
 * "ministry of foreign*" meets "Foreign Affairs" and "Foreign Trade". Defence is in military.ts.
 */
const PORTFOLIOS = [
  'public security',
  'state security',
  'national security',
  'foreign*',
  'external affairs',
  'home affairs',
  'interior',
  'the interior',
  'internal affairs',
  'justice',
  'finance',
  'economy',
  'economic*',
  'commerce',
  'trade',
  'industry',
  'health',
  'education',
  'labour',
  'labor',
  'human resources',
  'civil affairs',
  'emergency*',
  'transport*',
  'agriculture',
  'energy',
  'environment*',
  'ecology',
  'ecological*',
  'natural resources',
  'culture',
  'information',
  'communications',
  'science*',
  'tourism',
  'immigration',
  'veterans',
];

/**
 * "Foreign Ministry", "Public Security Ministry": the portfolio first, for the portfolios only a
 * state has. Not "Health Ministry" or "Justice Ministry": parishes name their own so.
 */
const STATE_ONLY = new Set([
  'public security',
  'state security',
  'national security',
  'foreign',
  'external affairs',
  'home affairs',
  'interior',
  'internal affairs',
  'finance',
  'commerce',
  'trade',
  'agriculture',
  'energy',
  'immigration',
]);

export const MINISTRIES_EN: string[] = PORTFOLIOS.flatMap((p) => {
  const name = p.endsWith('*') ? p.slice(0, -1) : p;
  return STATE_ONLY.has(name) ? [`ministry of ${p}`, `${name} ministry`] : [`ministry of ${p}`];
});

/**
 * Government departments by portfolio ("Department of Justice", "Department of Homeland
 * Security"). Not "department of" alone: a university's Department of Physics or of Economics
 * is no public body (the spec flags identity claims only). Academic names are left out
 * (economics, science, information, communications); defense is in military.ts.
 */
const DEPARTMENTS = [
  'state',
  'justice',
  'homeland security',
  'the treasury',
  'treasury',
  'labor',
  'labour',
  'health',
  'human services',
  'social services',
  'education',
  'energy',
  'agriculture',
  'commerce',
  'transportation',
  'transport',
  'veterans affairs',
  'the interior',
  'interior',
  'housing*',
  'motor vehicles',
  'corrections',
  'revenue',
  'taxation',
  'public safety',
  'public works',
  'foreign affairs',
  'home affairs',
  'finance',
  'immigration',
  'environmental protection',
  'natural resources',
  'fish and wildlife',
  'children and families',
];

export const DEPARTMENTS_EN: string[] = DEPARTMENTS.map((d) => `department of ${d}`);

/**
 * A university department named after a portfolio: Department of Health Sciences, of Education
 * Studies. Not "research" or "policy": governments name units so (India's Department of Health Research).
 */
export const ACADEMIC_DEPARTMENTS_EN: string[] = DEPARTMENTS.filter((d) => !d.endsWith('*')).flatMap((d) =>
  ['science', 'sciences', 'studies'].map((field) => `department of ${d} ${field}`),
);
