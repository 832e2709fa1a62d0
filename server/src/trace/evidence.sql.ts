/**
 * The voice inputs each decision rests on, as rows (decision_id, input_id): inputs it cites
 * directly, inputs tagged to a theme it cites, inputs tagged to a theme that inspired a proposal it
 * cites, and what was said on a proposal it cites (comments and vote reasons). `filter` is a
 * condition on the decision id put in every branch (e.g. `= ?` or `in (?)`), so each branch uses
 * its index; pass the parameter four times.
 */
export function evidenceSql(filter: string): string {
  return `select di.decision_id, di.input_id from decision_input di where di.decision_id ${filter}
    union select dt.decision_id, ti.input_id from decision_theme dt join theme_input ti on ti.theme_id = dt.theme_id where dt.decision_id ${filter}
    union select dp.decision_id, ti.input_id from decision_proposal dp join proposal_theme pt on pt.proposal_id = dp.proposal_id
            join theme_input ti on ti.theme_id = pt.theme_id where dp.decision_id ${filter}
    union select dp.decision_id, v.id from decision_proposal dp join voice_input v on v.proposal_id = dp.proposal_id where dp.decision_id ${filter}`;
}

/**
 * The decisions resting on a set of voice inputs, as rows (decision_id): the mirror of
 * {@link evidenceSql}. `inputs` is a list condition on input ids (e.g. `in (?)`); pass it four times.
 */
export function decisionsOfInputsSql(inputs: string): string {
  return `select di.decision_id from decision_input di where di.input_id ${inputs}
    union select dt.decision_id from theme_input ti join decision_theme dt on dt.theme_id = ti.theme_id where ti.input_id ${inputs}
    union select dp.decision_id from theme_input ti join proposal_theme pt on pt.theme_id = ti.theme_id
            join decision_proposal dp on dp.proposal_id = pt.proposal_id where ti.input_id ${inputs}
    union select dp.decision_id from voice_input v join decision_proposal dp on dp.proposal_id = v.proposal_id where v.id ${inputs}`;
}
