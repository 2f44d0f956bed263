import {translate} from '@docusaurus/Translate';
import type {Audience, Programme} from '../../plugins/content-model/vocabulary';

/*
 * Every label is a literal `translate()` call so that `write-translations`
 * finds it; the `Record` types make a missing value a type error.
 */

export const programmeLabel = (): Record<Programme, string> => ({
  1: translate({id: 'bsg.programme.1', message: 'Standard-making capabilities', description: 'Name of action-plan programme 1 of Resolution 44'}),
  2: translate({id: 'bsg.programme.2', message: 'Application of standards', description: 'Name of action-plan programme 2 of Resolution 44'}),
  3: translate({id: 'bsg.programme.3', message: 'Human resources and capacity building', description: 'Name of action-plan programme 3 of Resolution 44'}),
  4: translate({id: 'bsg.programme.4', message: 'Fundraising and resource mobilization', description: 'Name of action-plan programme 4 of Resolution 44'}),
});

export const audienceLabel = (): Record<Audience, string> => ({
  newcomer: translate({id: 'bsg.audience.newcomer', message: 'Newcomers', description: 'Audience of a page: people new to ITU-T'}),
  expert: translate({id: 'bsg.audience.expert', message: 'Experts', description: 'Audience of a page: study-group experts'}),
  member: translate({id: 'bsg.audience.member', message: 'Members', description: 'Audience of a page: ITU members (Member States, Sector Members, Associates, Academia)'}),
  mentor: translate({id: 'bsg.audience.mentor', message: 'Mentors', description: 'Audience of a page: study-group mentors'}),
  regulator: translate({id: 'bsg.audience.regulator', message: 'Regulators and policy makers', description: 'Audience of a page: national regulators and ministries'}),
  translator: translate({id: 'bsg.audience.translator', message: 'Translators', description: 'Audience of a page: people translating BSG Hub'}),
});
