// 提醒周期 operations of the GraphQL API (the settings page, and forms that show the defaults). Typed from the schema.
import { graphql } from '@/app/_lib/gql';
import type { CadenceSettingsQuery } from '@/app/_lib/gql/graphql';

export type Cadences = CadenceSettingsQuery['cadenceSettings'];

export const CADENCE_SETTINGS_QUERY = graphql(`
  query CadenceSettings { cadenceSettings { shortTermFollowUpDays midTermFollowUpDays longTermFollowUpDays paymentPlanReminderDays taskReminderDays followUpReminderMinutes } }
`);

export const UPDATE_CADENCE_SETTINGS = graphql(`
  mutation UpdateCadenceSettings($input: UpdateCadenceSettingsInput!) {
    updateCadenceSettings(input: $input) { shortTermFollowUpDays midTermFollowUpDays longTermFollowUpDays paymentPlanReminderDays taskReminderDays followUpReminderMinutes }
  }
`);
