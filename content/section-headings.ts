// The section names amazon.jobs prints above a posting's three text blocks, in the locales it serves.
// Matched on the whole (trimmed, upper-cased, colon-less) text of an element, never on a substring,
// so a sentence that mentions "description" is not a heading.

export type SectionKey = 'description' | 'basic' | 'preferred';

const LABELS: Record<SectionKey, string[]> = {
  description: [
    'DESCRIPTION', 'JOB DESCRIPTION',
    'BESCHREIBUNG', 'STELLENBESCHREIBUNG', // de
    '職務内容', '説明', '仕事内容', // ja
    '描述', '职位描述', '職位描述', '工作描述', // zh
    'DESCRIPTION DU POSTE', // fr
    'DESCRIPCIÓN', 'DESCRIPCION', 'DESCRIPCIÓN DEL PUESTO', // es
    'DESCRIZIONE', 'DESCRIÇÃO', 'OPIS', 'BESCHRIJVING', 'AÇIKLAMA', // it pt pl nl tr
  ],
  basic: [
    'BASIC QUALIFICATIONS', 'MINIMUM QUALIFICATIONS', 'REQUIRED QUALIFICATIONS',
    'GRUNDQUALIFIKATIONEN', 'GRUNDLEGENDE QUALIFIKATIONEN', 'BASISQUALIFIKATIONEN',
    '必須要件', '基本資格', '応募資格',
    '基本资格', '基本要求', '基本條件', '基本资质',
    'QUALIFICATIONS DE BASE', 'QUALIFICATIONS REQUISES',
    'REQUISITOS BÁSICOS', 'REQUISITOS BASICOS', 'REQUISITOS MÍNIMOS', 'CUALIFICACIONES BÁSICAS',
    'QUALIFICHE DI BASE', 'REQUISITI DI BASE', 'QUALIFICAÇÕES BÁSICAS',
    'PODSTAWOWE KWALIFIKACJE', 'BASISKWALIFICATIES', 'TEMEL NITELIKLER',
  ],
  preferred: [
    'PREFERRED QUALIFICATIONS',
    'BEVORZUGTE QUALIFIKATIONEN', 'WÜNSCHENSWERTE QUALIFIKATIONEN',
    '歓迎要件', '優遇資格', '推奨資格', '歓迎スキル',
    '优先资格', '加分项', '優先資格', '优先考虑',
    'QUALIFICATIONS PRÉFÉRÉES', 'QUALIFICATIONS SOUHAITÉES', 'QUALIFICATIONS PREFEREES',
    'REQUISITOS PREFERIDOS', 'REQUISITOS DESEABLES', 'CUALIFICACIONES PREFERIDAS',
    'QUALIFICHE PREFERENZIALI', 'REQUISITI PREFERENZIALI', 'QUALIFICAÇÕES PREFERENCIAIS',
    'PREFEROWANE KWALIFIKACJE', 'GEWENSTE KWALIFICATIES', 'TERCIH EDILEN NITELIKLER',
  ],
};

const BY_LABEL = new Map<string, SectionKey>();
for (const key of Object.keys(LABELS) as SectionKey[]) for (const label of LABELS[key]) BY_LABEL.set(label, key);

/** The section a heading's text names, or null. */
export function sectionOfHeading(text: string): SectionKey | null {
  const t = text.replace(/\s+/g, ' ').trim().replace(/[:：]$/, '').trim();
  if (t.length === 0 || t.length > 40) return null;
  return BY_LABEL.get(t.toUpperCase()) ?? null;
}
