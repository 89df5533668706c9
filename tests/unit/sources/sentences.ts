/** Sentences of the generated ruling the tests add (no imports: the browser tests use it too). */
export const RULING_SENTENCES = [
  'The court finds that the agency failed to publish the notice required by the statute before the rule took effect.',
  'Because the notice was never published, the rule is vacated and remanded to the agency for further proceedings.',
  'The plaintiffs have shown that the harbor dredging schedule was changed without any public comment.',
];
