/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment AttachmentFields on Attachment { id fileName size mimeType url }": typeof types.AttachmentFieldsFragmentDoc,
    "\n  fragment CommentFields on Comment {\n    id content createdAt unread replyToId viewerCanReply author { id name username } target { type id title }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  fragment FollowUpFields on FollowUp {\n    id parentType parentId subject method participants objective result nextStep occurredAt nextContactAt substantive createdAt\n    viewerCanEdit commentCount unreadCommentCount author { id name username } parent { type id title }\n    attachments { ...AttachmentFields }\n  }\n": typeof types.FollowUpFieldsFragmentDoc,
    "\n  query FollowUpDetail($id: ID!) { followUp(id: $id) { ...FollowUpFields comments { ...CommentFields } } }\n": typeof types.FollowUpDetailDocument,
    "\n  query FollowUps($filter: FollowUpFilter, $first: Int, $offset: Int) {\n    followUps(filter: $filter, first: $first, offset: $offset) { totalCount totalCountExact nodes { ...FollowUpFields } }\n  }\n": typeof types.FollowUpsDocument,
    "\n  mutation CreateFollowUp($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id } }\n": typeof types.CreateFollowUpDocument,
    "\n  mutation UpdateFollowUp($id: ID!, $input: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $input) { id } }\n": typeof types.UpdateFollowUpDocument,
    "mutation DeleteFollowUp($id: ID!) { deleteFollowUp(id: $id) { ids } }": typeof types.DeleteFollowUpDocument,
    "mutation DeleteAttachment($id: ID!) { deleteAttachment(id: $id) { ids } }": typeof types.DeleteAttachmentDocument,
    "\n  mutation CommentOn($input: CommentOnInput!) { commentOn(input: $input) { id } }\n": typeof types.CommentOnDocument,
    "\n  mutation ReplyToComment($input: ReplyToCommentInput!) { replyToComment(input: $input) { id } }\n": typeof types.ReplyToCommentDocument,
    "\n  mutation MarkCommentsRead($targetType: String!, $targetId: ID!) { markCommentsRead(targetType: $targetType, targetId: $targetId) }\n": typeof types.MarkCommentsReadDocument,
    "query UnreadCommentCount { unreadCommentCount }": typeof types.UnreadCommentCountDocument,
    "\n  query Timeline($targetType: String!, $targetId: ID!, $first: Int, $kinds: [String!]) {\n    timeline(targetType: $targetType, targetId: $targetId, first: $first, kinds: $kinds) {\n      totalCount pageInfo { hasNextPage }\n      nodes {\n        id kind entityId at targetType targetId title summary status\n        actor { id name username } target { type id title }\n        followUp { ...FollowUpFields }\n        comment { ...CommentFields }\n        auditEntry { id action entityType entityId changes }\n      }\n    }\n    timelineKinds\n  }\n": typeof types.TimelineDocument,
    "query MentionDirectory($keyword: String) { userDirectory(keyword: $keyword) { id name username } }": typeof types.MentionDirectoryDocument,
    "query UnreadNotificationCount { unreadNotificationCount }": typeof types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int, $offset: Int, $unreadOnly: Boolean) {\n    notifications(first: $first, offset: $offset, unreadOnly: $unreadOnly) {\n      totalCount totalCountExact nodes { id kind title body entityType entityId readAt createdAt }\n    }\n  }\n": typeof types.NotificationsDocument,
    "mutation MarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }": typeof types.MarkNotificationsReadDocument,
    "mutation MarkAllNotificationsRead { markAllNotificationsRead }": typeof types.MarkAllNotificationsReadDocument,
    "fragment InsightPersonFields on InsightPerson { id username name status departmentId departmentName }": typeof types.InsightPersonFieldsFragmentDoc,
    "\n  fragment BriefFields on BriefFigures {\n    newCustomers newContacts newOpportunities newOpportunityAmount newContracts contractAmount receivables receivableAmount followUps substantiveFollowUps\n  }\n": typeof types.BriefFieldsFragmentDoc,
    "fragment KpiFigureFields on KpiFigure { metric target actual completion }": typeof types.KpiFigureFieldsFragmentDoc,
    "fragment InsightStageFields on OpportunityStage { id name sort probability }": typeof types.InsightStageFieldsFragmentDoc,
    "\n  query InsightScope { insightScope { everyone canSetTargets people { ...InsightPersonFields } departments { id name parentId } } }\n": typeof types.InsightScopeDocument,
    "query Dashboard($filter: InsightFilter, $metric: KpiMetric!) { dashboard(filter: $filter) {\n  period { preset from to start end previousFrom previousTo months }\n  selection { everyone department { id name parentId } person { ...InsightPersonFields } }\n  brief { current { ...BriefFields } previous { ...BriefFields } }\n  kpi { months figures { ...KpiFigureFields } people { person { ...InsightPersonFields } figures { ...KpiFigureFields } } }\n  funnel {\n    stages { stage { ...InsightStageFields } count amount weightedAmount } categories { category count amount weightedAmount }\n    open { count amount weightedAmount } won { count amount } lost { count amount } conversion { stage { ...InsightStageFields } reached conversion }\n  }\n  trend { month contractAmount receivableAmount newCustomers lastYearContractAmount lastYearReceivableAmount lastYearNewCustomers }\n  ranking(metric: $metric) { metric people { rank person { ...InsightPersonFields } value } departments { rank department { id name } value } }\n} }": typeof types.DashboardDocument,
    "query InsightSelection($filter: InsightFilter) { dashboard(filter: $filter) {\n  period { preset from to start end months } selection { everyone department { id name parentId } person { ...InsightPersonFields } } ownerIds\n} }": typeof types.InsightSelectionDocument,
    "\n  query MySubmittedApprovals($first: Int, $offset: Int, $documentType: ApprovalDocumentType) {\n    mySubmittedApprovals(first: $first, offset: $offset, documentType: $documentType) {\n      totalCount\n      nodes {\n        id documentType status flowName createdAt decidedAt\n        contract { id code title amount customer { id name } } receivable { id code amount }\n        ownershipRequest { id customerCode customerName reason customer { id } }\n        steps { id position name status approverLabel decidedBy { id name } }\n      }\n    }\n  }\n": typeof types.MySubmittedApprovalsDocument,
    "\n  query MyDecidedApprovals($first: Int, $offset: Int, $documentType: ApprovalDocumentType) {\n    myDecidedApprovals(first: $first, offset: $offset, documentType: $documentType) {\n      totalCount\n      nodes {\n        id documentType position name status comment decidedAt\n        approval { id status submitter { id name } }\n        contract { id code title amount customer { id name } } receivable { id code amount }\n        ownershipRequest { id customerCode customerName reason customer { id } }\n      }\n    }\n  }\n": typeof types.MyDecidedApprovalsDocument,
    "\n  query ContactDetail($id: ID!) {\n    contact(id: $id) { ...ContactFields createdAt customer { id code name viewerCanEdit } }\n  }\n": typeof types.ContactDetailDocument,
    "\n  query CustomerFinance($customerId: ID!) {\n    contracts(first: 50, filter: { customerId: $customerId }) {\n      nodes { id code title status paymentPlans { id term amount plannedDate receivedAmount } }\n    }\n    receivables(first: 10, filter: { customerId: $customerId }) { totalCount nodes { id code amount receivedDate status } }\n  }\n": typeof types.CustomerFinanceDocument,
    "query ApiTokens { apiTokens { id name prefix expiresAt revokedAt lastUsedAt createdAt } }": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id } } }\n": typeof types.CreateApiTokenDocument,
    "mutation RevokeApiToken($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }": typeof types.RevokeApiTokenDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { id phone email address } }\n": typeof types.UpdateMyProfileDocument,
    "\n  fragment ReceivableRowFields on Receivable {\n    id code amount receivedDate method status remarks createdAt\n    contract { id code title customer { id name } owner { id name } } plan { id term } recordedBy { id name }\n  }\n": typeof types.ReceivableRowFieldsFragmentDoc,
    "\n  query Receivables($first: Int, $offset: Int, $after: String, $filter: ReceivableFilter, $orderBy: ReceivableOrder) {\n    receivables(first: $first, offset: $offset, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount totalCountExact nodes { ...ReceivableRowFields } pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ReceivablesDocument,
    "\n  query ReceivableDetail($id: ID!) {\n    receivable(id: $id) { ...ReceivableRowFields plan { id term amount plannedDate } approvals { ...ApprovalRunFields } }\n  }\n": typeof types.ReceivableDetailDocument,
    "\n  query ReceivableContractOptions($keyword: String) { contracts(first: 20, filter: { keyword: $keyword }) { nodes { id code title } } }\n": typeof types.ReceivableContractOptionsDocument,
    "\n  fragment ReportRowFields on Report {\n    id kind subject periodStart periodEnd createdAt unread readCount commentCount unreadCommentCount\n    author { id name username } recipients { user { id name username } readAt }\n  }\n": typeof types.ReportRowFieldsFragmentDoc,
    "\n  fragment ReportDetailFields on Report {\n    ...ReportRowFields content viewerCanEdit attachments { ...AttachmentFields } comments { ...CommentFields }\n  }\n": typeof types.ReportDetailFieldsFragmentDoc,
    "\n  query Reports($filter: ReportFilter, $first: Int, $offset: Int) {\n    reports(filter: $filter, first: $first, offset: $offset) { totalCount nodes { ...ReportRowFields } }\n  }\n": typeof types.ReportsDocument,
    "\n  query ReceivedReports($unreadOnly: Boolean, $kind: ReportKind, $first: Int, $offset: Int) {\n    myReceivedReports(unreadOnly: $unreadOnly, kind: $kind, first: $first, offset: $offset) { totalCount nodes { ...ReportRowFields } }\n  }\n": typeof types.ReceivedReportsDocument,
    "query ReportDetail($id: ID!) { report(id: $id) { ...ReportDetailFields } }": typeof types.ReportDetailDocument,
    "\n  query ReportDraft($kind: ReportKind!, $date: String) {\n    reportDraft(kind: $kind, date: $date) {\n      kind periodStart periodEnd subject content leader { id name username } existingReportId\n      sections { section title }\n      figures { from to followUps substantiveFollowUps newCustomers opportunitiesMoved stageChanges newContracts contractAmount receivables receivableAmount }\n    }\n  }\n": typeof types.ReportDraftDocument,
    "mutation CreateReport($input: CreateReportInput!) { createReport(input: $input) { id } }": typeof types.CreateReportDocument,
    "mutation UpdateReport($id: ID!, $input: UpdateReportInput!) { updateReport(id: $id, input: $input) { ...ReportDetailFields } }": typeof types.UpdateReportDocument,
    "mutation DeleteReport($id: ID!) { deleteReport(id: $id) { ids } }": typeof types.DeleteReportDocument,
    "mutation MarkReportRead($id: ID!) { markReportRead(id: $id) { ...ReportDetailFields } }": typeof types.MarkReportReadDocument,
    "\n  fragment ScheduleEntryFields on ScheduleEntry {\n    id title description startAt endAt allDay reminderMinutes source followUpId viewerCanEdit\n    owner { id name username } participants { id name username } related { type id title }\n  }\n": typeof types.ScheduleEntryFieldsFragmentDoc,
    "\n  query ScheduleEntries($from: DateTimeISO!, $to: DateTimeISO!, $userId: ID) { scheduleEntries(from: $from, to: $to, userId: $userId) { ...ScheduleEntryFields } }\n": typeof types.ScheduleEntriesDocument,
    "query ScheduleEntry($id: ID!) { scheduleEntry(id: $id) { ...ScheduleEntryFields } }": typeof types.ScheduleEntryDocument,
    "\n  mutation CreateScheduleEntry($input: CreateScheduleEntryInput!) { createScheduleEntry(input: $input) { ...ScheduleEntryFields } }\n": typeof types.CreateScheduleEntryDocument,
    "\n  mutation UpdateScheduleEntry($id: ID!, $input: UpdateScheduleEntryInput!) { updateScheduleEntry(id: $id, input: $input) { ...ScheduleEntryFields } }\n": typeof types.UpdateScheduleEntryDocument,
    "mutation DeleteScheduleEntry($id: ID!) { deleteScheduleEntry(id: $id) { ids } }": typeof types.DeleteScheduleEntryDocument,
    "\n  query CadenceSettings { cadenceSettings { shortTermFollowUpDays midTermFollowUpDays longTermFollowUpDays paymentPlanReminderDays taskReminderDays followUpReminderMinutes } }\n": typeof types.CadenceSettingsDocument,
    "\n  mutation UpdateCadenceSettings($input: UpdateCadenceSettingsInput!) {\n    updateCadenceSettings(input: $input) { shortTermFollowUpDays midTermFollowUpDays longTermFollowUpDays paymentPlanReminderDays taskReminderDays followUpReminderMinutes }\n  }\n": typeof types.UpdateCadenceSettingsDocument,
    "\n  mutation CreateCustomField($input: CreateCustomFieldInput!) { createCustomField(input: $input) { id key } }\n": typeof types.CreateCustomFieldDocument,
    "\n  mutation UpdateCustomField($id: ID!, $input: UpdateCustomFieldInput!) { updateCustomField(id: $id, input: $input) { id label required enabled sortOrder } }\n": typeof types.UpdateCustomFieldDocument,
    "\n  mutation ReorderCustomFields($module: String!, $ids: [ID!]!) { reorderCustomFields(module: $module, ids: $ids) { id sortOrder } }\n": typeof types.ReorderCustomFieldsDocument,
    "\n  mutation AddDictionaryOption($input: AddDictionaryOptionInput!) { addDictionaryOption(input: $input) { id name enabled } }\n": typeof types.AddDictionaryOptionDocument,
    "\n  mutation UpdateDictionaryOption($id: ID!, $input: UpdateDictionaryOptionInput!) { updateDictionaryOption(id: $id, input: $input) { id name enabled } }\n": typeof types.UpdateDictionaryOptionDocument,
    "\n  mutation ReorderDictionaryOptions($input: ReorderDictionaryOptionsInput!) { reorderDictionaryOptions(input: $input) { id sortOrder } }\n": typeof types.ReorderDictionaryOptionsDocument,
    "\n  query NumberingRules { numberingRules { module prefix datePart resetPeriod sequenceLength nextNumber updatedAt } }\n": typeof types.NumberingRulesDocument,
    "\n  mutation UpdateNumberingRule($module: String!, $input: UpdateNumberingRuleInput!) {\n    updateNumberingRule(module: $module, input: $input) { module prefix datePart resetPeriod sequenceLength nextNumber updatedAt }\n  }\n": typeof types.UpdateNumberingRuleDocument,
    "mutation ExportStatistics($report: StatisticsReport!, $filter: InsightFilter, $basis: CustomerBasis, $month: String) {\n  exportStatistics(report: $report, filter: $filter, basis: $basis, month: $month) { fileName mimeType contentBase64 } }": typeof types.ExportStatisticsDocument,
    "\n  fragment ComplianceRulesFields on ComplianceRules {\n    requiredFields coreDealMonths highGrowthContactDays coreShortDays coreMidDays highGrowthDays minCore minHighGrowth reminderDays\n  }\n": typeof types.ComplianceRulesFieldsFragmentDoc,
    "query ComplianceReport($filter: ComplianceFilter) { complianceReport(filter: $filter) {\n  rules { ...ComplianceRulesFields } totals { people behind customers core highGrowth overdue dueSoon criteria }\n  people { person { ...InsightPersonFields } behind customers core highGrowth overdue dueSoon criteria }\n  departments { department { id name } people behind customers core highGrowth overdue dueSoon criteria } } }": typeof types.ComplianceReportDocument,
    "query ComplianceCustomers($filter: ComplianceFilter, $state: ComplianceState, $first: Int, $offset: Int) {\n  complianceCustomers(filter: $filter, state: $state, first: $first, offset: $offset) { totalCount\n    nodes { id code name level type owner { ...InsightPersonFields } rule intervalDays lastContactAt dueAt overdueDays problems missingFields } } }": typeof types.ComplianceCustomersDocument,
    "query ComplianceMonthly($month: String!, $filter: ComplianceFilter) { complianceMonthly(month: $month, filter: $filter) {\n  month rows { person { ...InsightPersonFields } behind customers core highGrowth overdue dueSoon criteria followUps substantive newCustomers contractAmount receivableAmount } } }": typeof types.ComplianceMonthlyDocument,
    "query ComplianceRules { complianceRules { ...ComplianceRulesFields } }": typeof types.ComplianceRulesDocument,
    "\n  mutation UpdateComplianceRules($input: UpdateComplianceRulesInput!) { updateComplianceRules(input: $input) { ...ComplianceRulesFields } }\n": typeof types.UpdateComplianceRulesDocument,
    "query ContractReport($filter: InsightFilter) { statistics(filter: $filter) { contracts {\n  contracts amount received overdueTotal months { month planned received }\n  overduePlans { planId contractId contractCode contractTitle term plannedDate planned received outstanding owner { ...InsightPersonFields } }\n  byPerson { person { ...InsightPersonFields } contracts amount received outstanding } } } }": typeof types.ContractReportDocument,
    "query CustomerReport($filter: InsightFilter, $basis: CustomerBasis) { statistics(filter: $filter) { customers(basis: $basis) {\n  total byLevel { key count } byType { key count } bySource { key count } byIndustry { key count } byRegion { key count } newByMonth { month count } } } }": typeof types.CustomerReportDocument,
    "query FollowUpReport($filter: InsightFilter) { statistics(filter: $filter) { followUps {\n  total substantive byMethod { key count extra } byPerson { person { ...InsightPersonFields } count substantive } } } }": typeof types.FollowUpReportDocument,
    "query OpportunityReport($filter: InsightFilter) { statistics(filter: $filter) { opportunities {\n  created byStage { stage { sort name } count amount } byCategory { key count amount } won { count amount } lost { count amount }\n  lossReasons { key count amount } monthly { month longTerm midTerm shortTerm won lost } } } }": typeof types.OpportunityReportDocument,
    "query ProductReport($filter: InsightFilter) { statistics(filter: $filter) { products {\n  amount byProduct { id name contracts quantity amount } byCategory { id name contracts quantity amount } } } }": typeof types.ProductReportDocument,
    "query FigureCustomers($filter: CustomerFilter, $first: Int, $offset: Int) { customers(filter: $filter, first: $first, offset: $offset, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount nodes { id code name level owner { name } createdAt } } }": typeof types.FigureCustomersDocument,
    "query FigureContacts($filter: ContactFilter, $first: Int, $offset: Int) { contacts(filter: $filter, first: $first, offset: $offset) {\n      totalCount nodes { id name position customer { id name } owner { name } createdAt } } }": typeof types.FigureContactsDocument,
    "query FigureOpportunities($filter: OpportunityFilter, $first: Int, $offset: Int) { opportunities(filter: $filter, first: $first, offset: $offset, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount nodes { id name amount category customer { id name } owner { name } createdAt } } }": typeof types.FigureOpportunitiesDocument,
    "query FigureContracts($filter: ContractFilter, $first: Int, $offset: Int) { contracts(filter: $filter, first: $first, offset: $offset, orderBy: { field: SIGN_DATE, direction: DESC }) {\n      totalCount nodes { id code title amount signDate customer { id name } owner { name } } } }": typeof types.FigureContractsDocument,
    "query FigureReceivables($filter: ReceivableFilter, $first: Int, $offset: Int) { receivables(filter: $filter, first: $first, offset: $offset, orderBy: { field: RECEIVED_DATE, direction: DESC }) {\n      totalCount nodes { id code amount receivedDate contract { id code title } } } }": typeof types.FigureReceivablesDocument,
    "query FigureFollowUps($filter: FollowUpFilter, $first: Int, $offset: Int) { followUps(filter: $filter, first: $first, offset: $offset) {\n      totalCount nodes { id subject result substantive occurredAt author { name } parent { type id title } } } }": typeof types.FigureFollowUpsDocument,
    "query TargetSubjects { targetSubjects { departments { id name parentId } people { ...InsightPersonFields } }\n  me { user { id name departmentId } } }": typeof types.TargetSubjectsDocument,
    "query KpiTargets($type: KpiSubject!, $id: ID!, $year: Int!) { kpiTargets(subjectType: $type, subjectId: $id, year: $year) {\n  subjectName editable own { month metric value } effective { month metric value } } }": typeof types.KpiTargetsDocument,
    "mutation SetKpiTargets($input: SetKpiTargetsInput!) { setKpiTargets(input: $input) { subjectName } }": typeof types.SetKpiTargetsDocument,
    "fragment SupervisedPersonFields on SupervisedPerson { id username name status departmentId departmentName }": typeof types.SupervisedPersonFieldsFragmentDoc,
    "\n  query SupervisionScope {\n    supervisionScope { supervisesOthers people { ...SupervisedPersonFields } departments { id name parentId } }\n  }\n": typeof types.SupervisionScopeDocument,
    "\n  query SupervisionOverview($filter: SupervisionFilter, $orderBy: PersonActivityOrder, $first: Int, $offset: Int) {\n    supervisionOverview(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset) {\n      totalCount\n      totals { followUps substantiveFollowUps openTasks overdueTasks reports }\n      nodes {\n        person { ...SupervisedPersonFields }\n        followUps substantiveFollowUps openTasks overdueTasks reports lastFollowUpAt\n      }\n    }\n  }\n": typeof types.SupervisionOverviewDocument,
    "\n  query SupervisedFollowUps($filter: SupervisedFollowUpFilter, $first: Int, $offset: Int) {\n    supervisedFollowUps(filter: $filter, first: $first, offset: $offset) { totalCount nodes { ...FollowUpFields } }\n  }\n": typeof types.SupervisedFollowUpsDocument,
    "\n  query SupervisedTasks($filter: SupervisedTaskFilter, $first: Int, $offset: Int) {\n    supervisedTasks(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      nodes { id title description dueAt priority status overdue completedAt createdAt assignee { id name username } createdBy { id name username } related { type id title } }\n    }\n  }\n": typeof types.SupervisedTasksDocument,
    "\n  query SupervisedReports($filter: SupervisedReportFilter, $first: Int, $offset: Int) {\n    supervisedReports(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      nodes { id kind subject periodStart periodEnd createdAt unread readCount commentCount unreadCommentCount author { id name username } recipients { user { id name username } readAt } }\n    }\n  }\n": typeof types.SupervisedReportsDocument,
    "\n  query PersonNow($userId: ID!) {\n    personNow(userId: $userId) {\n      person { ...SupervisedPersonFields }\n      lastLoginAt openTaskCount overdueTaskCount\n      todaySchedule { id title startAt endAt allDay }\n      openTasks { id title dueAt overdue priority }\n      latestFollowUps { ...FollowUpFields }\n      latestReports { id kind subject createdAt }\n    }\n  }\n": typeof types.PersonNowDocument,
    "\n  query TaskOpportunityOptions($keyword: String) { opportunities(first: 20, filter: { keyword: $keyword }) { nodes { id name } } }\n": typeof types.TaskOpportunityOptionsDocument,
    "\n  fragment TaskFields on Task {\n    id title description dueAt priority status overdue completedAt createdAt viewerCanEdit viewerCanChangeStatus relatedType relatedId\n    assignee { id name username } createdBy { id name username } related { type id title }\n  }\n": typeof types.TaskFieldsFragmentDoc,
    "\n  query MyTasks {\n    myTasks {\n      inboxCount todayCount nextCount futureCount\n      inbox { ...TaskFields } today { ...TaskFields } next { ...TaskFields } future { ...TaskFields }\n    }\n  }\n": typeof types.MyTasksDocument,
    "\n  query Tasks($filter: TaskFilter, $first: Int, $offset: Int, $orderBy: TaskOrder) {\n    tasks(filter: $filter, first: $first, offset: $offset, orderBy: $orderBy) { totalCount nodes { ...TaskFields } }\n  }\n": typeof types.TasksDocument,
    "query Task($id: ID!) { task(id: $id) { ...TaskFields } }": typeof types.TaskDocument,
    "mutation CreateTask($input: CreateTaskInput!) { createTask(input: $input) { ...TaskFields } }": typeof types.CreateTaskDocument,
    "mutation UpdateTask($id: ID!, $input: UpdateTaskInput!) { updateTask(id: $id, input: $input) { ...TaskFields } }": typeof types.UpdateTaskDocument,
    "mutation SetTaskStatus($id: ID!, $status: TaskStatus!) { setTaskStatus(id: $id, status: $status) { ...TaskFields } }": typeof types.SetTaskStatusDocument,
    "mutation DeleteTasks($ids: [ID!]!) { deleteTasks(ids: $ids) { ids } }": typeof types.DeleteTasksDocument,
    "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) { changePassword(oldPassword: $oldPassword, newPassword: $newPassword) { id } }\n": typeof types.ChangePasswordDocument,
    "\n  query AdminDepartments { departments { id name parentId enabled sortOrder headId head { id name } } }\n": typeof types.AdminDepartmentsDocument,
    "query Positions($departmentId: ID!) { positions(departmentId: $departmentId) { id name departmentId } }": typeof types.PositionsDocument,
    "mutation CreateDepartment($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }": typeof types.CreateDepartmentDocument,
    "mutation UpdateDepartment($id: ID!, $input: UpdateDepartmentInput!) { updateDepartment(id: $id, input: $input) { id } }": typeof types.UpdateDepartmentDocument,
    "mutation DisableDepartment($id: ID!) { disableDepartment(id: $id) { id enabled } }": typeof types.DisableDepartmentDocument,
    "mutation EnableDepartment($id: ID!) { enableDepartment(id: $id) { id enabled } }": typeof types.EnableDepartmentDocument,
    "mutation CreatePosition($input: CreatePositionInput!) { createPosition(input: $input) { id } }": typeof types.CreatePositionDocument,
    "mutation UpdatePosition($id: ID!, $input: UpdatePositionInput!) { updatePosition(id: $id, input: $input) { id } }": typeof types.UpdatePositionDocument,
    "\n  query Users($first: Int, $offset: Int, $filter: UserFilter) {\n    users(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      nodes {\n        id username name status mustChangePassword phone email address lastLoginAt createdAt departmentId positionId\n        department { id name } position { id name } roles { id name } viewerCanAdminister viewerCanResetPassword\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }": typeof types.CreateUserDocument,
    "mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }": typeof types.UpdateUserDocument,
    "mutation EnableUser($id: ID!) { enableUser(id: $id) { id status } }": typeof types.EnableUserDocument,
    "mutation ResetPassword($id: ID!, $newPassword: String!) { resetPassword(id: $id, newPassword: $newPassword) { id } }": typeof types.ResetPasswordDocument,
    "\n  query Roles($assignable: Boolean) {\n    roles(assignable: $assignable) {\n      id name code description builtin permissions viewerCanEdit\n      defaultScope { read write transfer }\n      moduleScopes { module read write transfer }\n      customDepartments { departmentId includeChildren department { id name } }\n      fieldPermissions { module field mode }\n    }\n  }\n": typeof types.RolesDocument,
    "query PermissionCatalog { permissionCatalog { groups { name permissions } modules scopeLevels fieldModules { module label labelEn fields { key label labelEn mask } } } }": typeof types.PermissionCatalogDocument,
    "mutation CreateRole($input: CreateRoleInput!) { createRole(input: $input) { id } }": typeof types.CreateRoleDocument,
    "mutation UpdateRole($id: ID!, $input: UpdateRoleInput!) { updateRole(id: $id, input: $input) { id } }": typeof types.UpdateRoleDocument,
    "\n  query AuditLogs($first: Int, $offset: Int, $filter: AuditLogFilter) {\n    auditLogs(first: $first, offset: $offset, filter: $filter) { totalCount nodes { id action entityType entityId changes ip createdAt actor { id name } people { id name } } }\n  }\n": typeof types.AuditLogsDocument,
    "\n  query LoginLogs($first: Int, $offset: Int, $filter: LoginLogFilter) {\n    loginLogs(first: $first, offset: $offset, filter: $filter) { totalCount nodes { id username userId success reason ip userAgent createdAt } }\n  }\n": typeof types.LoginLogsDocument,
    "\n  fragment ContractRowFields on Contract {\n    id code title status amount receivedAmount outstandingAmount signDate customerId customer { id name } owner { id name } updatedAt\n    viewerCanDelete viewerCanTransfer\n    customFields { key values display }\n  }\n": typeof types.ContractRowFieldsFragmentDoc,
    "\n  fragment ApprovalRunFields on Approval {\n    id documentType status flowName createdAt decidedAt submitter { id name }\n    steps { id position name approverType approverLabel status comment activatedAt decidedAt decidedBy { id name } approvers { id name } }\n  }\n": typeof types.ApprovalRunFieldsFragmentDoc,
    "query Contracts($first: Int, $offset: Int, $after: String, $filter: ContractFilter, $orderBy: ContractOrder) {\n  contracts(first: $first, offset: $offset, after: $after, filter: $filter, orderBy: $orderBy) { totalCount totalCountExact nodes { ...ContractRowFields } pageInfo { hasNextPage endCursor } } }": typeof types.ContractsDocument,
    "\n  query ContractDetail($id: ID!) {\n    contract(id: $id) {\n      ...ContractRowFields opportunityId opportunity { id name } startDate endDate remarks submittedAt approvedAt paidAt voidedAt voidReason createdAt createdBy { id name }\n      viewerCanEdit viewerCanSubmit viewerCanVoid viewerCanRecordReceivable viewerCanEditPlans\n      lines { id productId productName model unit quantity unitPrice amount }\n      paymentPlans { id term amount plannedDate method reminderDays remarks receivedAmount }\n      receivables { id code amount receivedDate method status remarks planId recordedBy { id name } createdAt approvals { ...ApprovalRunFields } }\n      approvals { ...ApprovalRunFields }\n      history { id action entityType entityId changes createdAt actor { id name } people { id name } }\n      customFields { key values display }\n    }\n  }\n": typeof types.ContractDetailDocument,
    "mutation CreateContract($input: CreateContractInput!) { createContract(input: $input) { id code } }": typeof types.CreateContractDocument,
    "mutation UpdateContract($id: ID!, $input: UpdateContractInput!) { updateContract(id: $id, input: $input) { id } }": typeof types.UpdateContractDocument,
    "mutation DeleteContracts($ids: [ID!]!) { deleteContracts(ids: $ids) { ids } }": typeof types.DeleteContractsDocument,
    "mutation SubmitContract($id: ID!) { submitContract(id: $id) { id status } }": typeof types.SubmitContractDocument,
    "mutation VoidContract($id: ID!, $reason: String!) { voidContract(id: $id, reason: $reason) { id status } }": typeof types.VoidContractDocument,
    "mutation TransferContracts($input: TransferContractsInput!) { transferContracts(input: $input) { id } }": typeof types.TransferContractsDocument,
    "mutation CreatePaymentPlan($input: CreatePaymentPlanInput!) { createPaymentPlan(input: $input) { id } }": typeof types.CreatePaymentPlanDocument,
    "mutation UpdatePaymentPlan($id: ID!, $input: UpdatePaymentPlanInput!) { updatePaymentPlan(id: $id, input: $input) { id } }": typeof types.UpdatePaymentPlanDocument,
    "mutation DeletePaymentPlan($id: ID!) { deletePaymentPlan(id: $id) }": typeof types.DeletePaymentPlanDocument,
    "mutation CreateReceivable($input: CreateReceivableInput!) { createReceivable(input: $input) { id code status } }": typeof types.CreateReceivableDocument,
    "mutation DeleteReceivables($ids: [ID!]!) { deleteReceivables(ids: $ids) { ids } }": typeof types.DeleteReceivablesDocument,
    "\n  query ContractCustomerOptions($keyword: String) { customers(first: 20, filter: { keyword: $keyword, inPool: false }) { nodes { id code name } } }\n": typeof types.ContractCustomerOptionsDocument,
    "\n  query MyPendingApprovals($first: Int, $offset: Int) {\n    myPendingApprovals(first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id documentType position name activatedAt\n        approval { id createdAt submitter { id name } steps { id } }\n        contract { id code title amount status customer { id name } owner { id name } }\n        receivable { id code amount receivedDate method }\n        ownershipRequest { id customerCode customerName ownerName departmentName reason withContacts withOpportunities withContracts }\n      }\n    }\n  }\n": typeof types.MyPendingApprovalsDocument,
    "query MyPendingApprovalCount { myPendingApprovalCount }": typeof types.MyPendingApprovalCountDocument,
    "mutation ApproveApproval($id: ID!, $comment: String) { approveApproval(id: $id, comment: $comment) { id status } }": typeof types.ApproveApprovalDocument,
    "mutation RejectApproval($id: ID!, $comment: String!) { rejectApproval(id: $id, comment: $comment) { id status } }": typeof types.RejectApprovalDocument,
    "\n  query ApprovalFlows {\n    approvalFlows {\n      id documentType name enabled version updatedAt updatedBy { id name } steps { position name approverType roleId userId roleName user { id name } }\n      fallbackUserId fallbackUser { id name } warnings { position stepName reason covered }\n    }\n    approvalRoleOptions { id name }\n  }\n": typeof types.ApprovalFlowsDocument,
    "query ApprovalUserOptions($keyword: String) { approvalUserOptions(keyword: $keyword) { id name username } }": typeof types.ApprovalUserOptionsDocument,
    "mutation SaveApprovalFlow($input: SaveApprovalFlowInput!) { saveApprovalFlow(input: $input) { id version } }": typeof types.SaveApprovalFlowDocument,
    "\n  query ContractProductOptions($keyword: String) { products(first: 20, filter: { keyword: $keyword, status: ACTIVE }) { nodes { id name model unit price } } }\n": typeof types.ContractProductOptionsDocument,
    "\n  query ContractOpportunityOptions($customerId: ID) { opportunities(first: 50, filter: { customerId: $customerId }) { nodes { id name category } } }\n": typeof types.ContractOpportunityOptionsDocument,
    "\n  fragment CustomerRowFields on Customer {\n    id code name type level industry source region contactName mobile dealStatus locked lastFollowUpAt createdAt updatedAt deletedAt\n    owner { id name } viewerCanEdit viewerCanManage viewerCanTransfer\n    customFields { key values display }\n  }\n": typeof types.CustomerRowFieldsFragmentDoc,
    "\n  fragment ContactFields on Contact {\n    id customerId name department position mobile phone email wechat birthday remarks isPrimary updatedAt owner { id name }\n    customFields { key values display }\n  }\n": typeof types.ContactFieldsFragmentDoc,
    "query Customers($first: Int, $offset: Int, $after: String, $filter: CustomerFilter, $orderBy: CustomerOrder) {\n  customers(first: $first, offset: $offset, after: $after, filter: $filter, orderBy: $orderBy) { totalCount totalCountExact nodes { ...CustomerRowFields } pageInfo { hasNextPage endCursor } } }": typeof types.CustomersDocument,
    "\n  query CustomerDetail($id: ID!) {\n    customer(id: $id) {\n      ...CustomerRowFields address postcode profile contactPosition phone email website remarks nextFollowUpAt\n      createdBy { id name }\n      contacts { ...ContactFields }\n      team { userId canEdit createdAt user { id name username } }\n      history { id action entityType entityId changes createdAt actor { id name } people { id name } }\n      sourceLeads { id name }\n    }\n  }\n": typeof types.CustomerDetailDocument,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { id code } }\n": typeof types.CreateCustomerDocument,
    "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id } }\n": typeof types.UpdateCustomerDocument,
    "mutation DeleteCustomers($ids: [ID!]!) { deleteCustomers(ids: $ids) { ids } }": typeof types.DeleteCustomersDocument,
    "mutation RestoreCustomers($ids: [ID!]!) { restoreCustomers(ids: $ids) { id } }": typeof types.RestoreCustomersDocument,
    "mutation LockCustomers($ids: [ID!]!) { lockCustomers(ids: $ids) { id locked } }": typeof types.LockCustomersDocument,
    "mutation UnlockCustomers($ids: [ID!]!) { unlockCustomers(ids: $ids) { id locked } }": typeof types.UnlockCustomersDocument,
    "\n  mutation TransferCustomers($input: TransferCustomersInput!) { transferCustomers(input: $input) { id owner { id name } } }\n": typeof types.TransferCustomersDocument,
    "\n  mutation SetTeamMember($customerId: ID!, $userId: ID!, $canEdit: Boolean!) {\n    setCustomerTeamMember(customerId: $customerId, userId: $userId, canEdit: $canEdit) { userId canEdit }\n  }\n": typeof types.SetTeamMemberDocument,
    "\n  mutation RemoveTeamMember($customerId: ID!, $userId: ID!) { removeCustomerTeamMember(customerId: $customerId, userId: $userId) }\n": typeof types.RemoveTeamMemberDocument,
    "query Contacts($first: Int, $offset: Int, $after: String, $filter: ContactFilter) {\n  contacts(first: $first, offset: $offset, after: $after, filter: $filter) { totalCount totalCountExact nodes { ...ContactFields customer { id code name } } pageInfo { hasNextPage endCursor } } }": typeof types.ContactsDocument,
    "mutation CreateContact($input: CreateContactInput!) { createContact(input: $input) { id } }": typeof types.CreateContactDocument,
    "mutation UpdateContact($id: ID!, $input: UpdateContactInput!) { updateContact(id: $id, input: $input) { id } }": typeof types.UpdateContactDocument,
    "mutation DeleteContacts($ids: [ID!]!) { deleteContacts(ids: $ids) { ids } }": typeof types.DeleteContactsDocument,
    "\n  query DuplicateCustomers($input: DuplicateSearchInput!) {\n    duplicateCustomers(input: $input) { code name ownerName departmentName matchedBy viewerIsOwner }\n  }\n": typeof types.DuplicateCustomersDocument,
    "\n  mutation RequestOwnership($input: RequestOwnershipInput!) { requestOwnership(input: $input) { id status customerCode } }\n": typeof types.RequestOwnershipDocument,
    "\n  query MergeCandidate($id: ID!) {\n    customer(id: $id) {\n      id code createdAt owner { id name }\n      name type level industry source region address postcode profile contactName contactPosition mobile phone email website remarks\n    }\n  }\n": typeof types.MergeCandidateDocument,
    "\n  mutation MergeCustomers($input: MergeCustomersInput!) { mergeCustomers(input: $input) { kept { id code name } mergedIds } }\n": typeof types.MergeCustomersDocument,
    "\n  query Departments { departments { id name parentId enabled sortOrder headId } }\n": typeof types.DepartmentsDocument,
    "fragment ExportLinkFields on ExportLink { url fileName count }": typeof types.ExportLinkFieldsFragmentDoc,
    "\n  mutation ExportCustomersLink($input: ExportCustomersInput!) { exportCustomersLink(input: $input) { ...ExportLinkFields } }\n": typeof types.ExportCustomersLinkDocument,
    "\n  mutation ExportContactsLink($input: ExportContactsInput!) { exportContactsLink(input: $input) { ...ExportLinkFields } }\n": typeof types.ExportContactsLinkDocument,
    "\n  mutation ExportOpportunitiesLink($input: ExportOpportunitiesInput!) { exportOpportunitiesLink(input: $input) { ...ExportLinkFields } }\n": typeof types.ExportOpportunitiesLinkDocument,
    "\n  mutation ExportContractsLink($input: ExportContractsInput!) { exportContractsLink(input: $input) { ...ExportLinkFields } }\n": typeof types.ExportContractsLinkDocument,
    "\n  mutation ExportReceivablesLink($input: ExportReceivablesInput!) { exportReceivablesLink(input: $input) { ...ExportLinkFields } }\n": typeof types.ExportReceivablesLinkDocument,
    "\n  mutation ExportFollowUpsLink($input: ExportFollowUpsInput!) { exportFollowUpsLink(input: $input) { ...ExportLinkFields } }\n": typeof types.ExportFollowUpsLinkDocument,
    "\n  fragment DataImportFields on DataImport {\n    id module status fileName fileFormat totalRows processedRows progress createdCount updatedCount duplicateCount errorCount warningCount\n    failure createdAt validatedAt finishedAt headers mapping options { owner ownerId duplicates allOrNothing }\n    fields { key label required hint choices } viewerCanUndo problemFileUrl createdBy { id name }\n  }\n": typeof types.DataImportFieldsFragmentDoc,
    "\n  query DataImport($id: ID!) { dataImport(id: $id) { ...DataImportFields } }\n": typeof types.DataImportDocument,
    "\n  query DataImportProblems($id: ID!, $first: Int, $offset: Int, $kind: ImportProblemKind) {\n    dataImport(id: $id) {\n      id problems(first: $first, offset: $offset, kind: $kind) { totalCount nodes { rowNumber kind cells messages { column message } } }\n    }\n  }\n": typeof types.DataImportProblemsDocument,
    "\n  query DataImports($module: ImportModule, $first: Int, $offset: Int) {\n    dataImports(module: $module, first: $first, offset: $offset) {\n      totalCount nodes { id module status fileName createdAt finishedAt createdCount updatedCount duplicateCount errorCount problemFileUrl viewerCanUndo createdBy { id name } }\n    }\n  }\n": typeof types.DataImportsDocument,
    "\n  mutation StartDataImport($id: ID!, $input: StartDataImportInput!) { startDataImport(id: $id, input: $input) { ...DataImportFields } }\n": typeof types.StartDataImportDocument,
    "mutation CommitDataImport($id: ID!) { commitDataImport(id: $id) { ...DataImportFields } }": typeof types.CommitDataImportDocument,
    "mutation CancelDataImport($id: ID!) { cancelDataImport(id: $id) { ...DataImportFields } }": typeof types.CancelDataImportDocument,
    "mutation UndoDataImport($id: ID!) { undoDataImport(id: $id) { ...DataImportFields } }": typeof types.UndoDataImportDocument,
    "\n  fragment LeadRowFields on Lead {\n    id name company mobile phone email source status nextContactAt convertedAt createdAt updatedAt deletedAt\n    owner { id name } customer { id code name } viewerCanEdit viewerCanManage viewerCanTransfer\n    customFields { key values display }\n  }\n": typeof types.LeadRowFieldsFragmentDoc,
    "\n  query Leads($first: Int, $offset: Int, $after: String, $filter: LeadFilter, $orderBy: LeadOrder) {\n    leads(first: $first, offset: $offset, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount totalCountExact nodes { ...LeadRowFields } pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.LeadsDocument,
    "\n  query LeadDetail($id: ID!) {\n    lead(id: $id) {\n      ...LeadRowFields address remarks createdBy { id name }\n      history { id action changes createdAt actor { id name } people { id name } }\n    }\n  }\n": typeof types.LeadDetailDocument,
    "mutation CreateLead($input: CreateLeadInput!) { createLead(input: $input) { id name } }": typeof types.CreateLeadDocument,
    "mutation UpdateLead($id: ID!, $input: UpdateLeadInput!) { updateLead(id: $id, input: $input) { id } }": typeof types.UpdateLeadDocument,
    "mutation DeleteLeads($ids: [ID!]!) { deleteLeads(ids: $ids) { ids } }": typeof types.DeleteLeadsDocument,
    "mutation RestoreLeads($ids: [ID!]!) { restoreLeads(ids: $ids) { id } }": typeof types.RestoreLeadsDocument,
    "\n  mutation TransferLeads($input: TransferLeadsInput!) { transferLeads(input: $input) { id owner { id name } } }\n": typeof types.TransferLeadsDocument,
    "\n  mutation ConvertLeads($input: ConvertLeadsInput!) { convertLeads(input: $input) { id status customer { id code name } } }\n": typeof types.ConvertLeadsDocument,
    "\n  mutation ExportLeadsLink($input: ExportLeadsInput!) { exportLeadsLink(input: $input) { ...ExportLinkFields } }\n": typeof types.ExportLeadsLinkDocument,
    "fragment OffboardingCountsFields on OffboardingCounts { customers contacts opportunities contracts leads openTasks total }": typeof types.OffboardingCountsFieldsFragmentDoc,
    "\n  query OffboardingPreview($userId: ID!) {\n    offboardingPreview(userId: $userId) { user { id name status } records { ...OffboardingCountsFields } }\n  }\n": typeof types.OffboardingPreviewDocument,
    "\n  mutation OffboardUser($input: OffboardUserInput!) {\n    offboardUser(input: $input) {\n      user { id name status } successor { id name } customersReleased\n      transferred { ...OffboardingCountsFields } kept { ...OffboardingCountsFields }\n    }\n  }\n": typeof types.OffboardUserDocument,
    "fragment StageFields on OpportunityStage { id name probability sort enabled }": typeof types.StageFieldsFragmentDoc,
    "\n  fragment OpportunityRowFields on Opportunity {\n    id name amount category expectedCloseDate followUpDueAt updatedAt createdAt deletedAt probability stage { ...StageFields }\n    customer { id code name } owner { id name } viewerCanEdit viewerCanManage viewerCanTransfer\n    customFields { key values display }\n  }\n": typeof types.OpportunityRowFieldsFragmentDoc,
    "query OpportunityStages { opportunityStages { ...StageFields } }": typeof types.OpportunityStagesDocument,
    "query Opportunities($first: Int, $offset: Int, $after: String, $filter: OpportunityFilter, $orderBy: OpportunityOrder) {\n  opportunities(first: $first, offset: $offset, after: $after, filter: $filter, orderBy: $orderBy) { totalCount totalCountExact nodes { ...OpportunityRowFields } pageInfo { hasNextPage endCursor } } }": typeof types.OpportunitiesDocument,
    "\n  query OpportunityDetail($id: ID!) {\n    opportunity(id: $id) {\n      ...OpportunityRowFields customerId partnerCustomerId partnerCustomer { id name } intentCategory purchaseReason purchaseForm budget requirements\n      executionTime competitors lostReason closedAt lastProgressAt createdBy { id name }\n      products { productId productName model unit quantity unitPrice amount }\n      contacts { id name position mobile }\n      progress { id content nextPlan countsAsContact createdAt author { id name } stage { sort name } }\n      history { id action changes createdAt actor { id name } people { id name } }\n      customFields { key values display }\n    }\n  }\n": typeof types.OpportunityDetailDocument,
    "\n  query OpportunityBoard($filter: OpportunityFilter, $cards: Int) {\n    opportunityBoard(filter: $filter, cardsPerColumn: $cards) { totalCount totalAmount columns { stage { ...StageFields } count amount cards { ...OpportunityRowFields } } }\n  }\n": typeof types.OpportunityBoardDocument,
    "query DueOpportunities($first: Int, $offset: Int, $after: String) {\n  opportunitiesDueForFollowUp(first: $first, offset: $offset, after: $after) { totalCount totalCountExact nodes { ...OpportunityRowFields } pageInfo { hasNextPage endCursor } }\n}": typeof types.DueOpportunitiesDocument,
    "mutation CreateOpportunity($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }": typeof types.CreateOpportunityDocument,
    "mutation UpdateOpportunity($id: ID!, $input: UpdateOpportunityInput!) { updateOpportunity(id: $id, input: $input) { id } }": typeof types.UpdateOpportunityDocument,
    "\n  mutation UpdateOpportunityCategory($id: ID!, $input: UpdateOpportunityCategoryInput!) { updateOpportunityCategory(id: $id, input: $input) { id } }\n": typeof types.UpdateOpportunityCategoryDocument,
    "mutation DeleteOpportunities($ids: [ID!]!) { deleteOpportunities(ids: $ids) { ids } }": typeof types.DeleteOpportunitiesDocument,
    "mutation RestoreOpportunities($ids: [ID!]!) { restoreOpportunities(ids: $ids) { id } }": typeof types.RestoreOpportunitiesDocument,
    "\n  mutation TransferOpportunities($input: TransferOpportunitiesInput!) { transferOpportunities(input: $input) { id owner { id name } } }\n": typeof types.TransferOpportunitiesDocument,
    "mutation AddOpportunityProgress($input: AddOpportunityProgressInput!) { addOpportunityProgress(input: $input) { id } }": typeof types.AddOpportunityProgressDocument,
    "\n  query OpportunityCustomerChoices($keyword: String, $type: CustomerType, $inPool: Boolean) {\n    customers(first: 20, filter: { keyword: $keyword, type: $type, inPool: $inPool }) { nodes { id code name } }\n  }\n": typeof types.OpportunityCustomerChoicesDocument,
    "query OpportunityCustomerContacts($id: ID!) { customer(id: $id) { id contacts { id name position } } }": typeof types.OpportunityCustomerContactsDocument,
    "\n  query CustomerOpportunities($id: ID!) { customer(id: $id) { id opportunities { ...OpportunityRowFields } } }\n": typeof types.CustomerOpportunitiesDocument,
    "mutation CreateOpportunityStage($input: OpportunityStageInput!) { createOpportunityStage(input: $input) { id } }": typeof types.CreateOpportunityStageDocument,
    "mutation UpdateOpportunityStage($id: ID!, $input: OpportunityStageInput!) { updateOpportunityStage(id: $id, input: $input) { id } }": typeof types.UpdateOpportunityStageDocument,
    "fragment ProductRowFields on Product { id name model unit price status categoryId description deletedAt updatedAt category { id name } }": typeof types.ProductRowFieldsFragmentDoc,
    "query Products($first: Int, $offset: Int, $after: String, $filter: ProductFilter) {\n  products(first: $first, offset: $offset, after: $after, filter: $filter) { totalCount totalCountExact nodes { ...ProductRowFields } pageInfo { hasNextPage endCursor } } }": typeof types.ProductsDocument,
    "query ProductCategories { productCategories { id name parentId sort } }": typeof types.ProductCategoriesDocument,
    "mutation CreateProduct($input: CreateProductInput!) { createProduct(input: $input) { id } }": typeof types.CreateProductDocument,
    "mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { id } }": typeof types.UpdateProductDocument,
    "mutation DeleteProducts($ids: [ID!]!) { deleteProducts(ids: $ids) { ids } }": typeof types.DeleteProductsDocument,
    "mutation RestoreProducts($ids: [ID!]!) { restoreProducts(ids: $ids) { id } }": typeof types.RestoreProductsDocument,
    "mutation CreateProductCategory($input: ProductCategoryInput!) { createProductCategory(input: $input) { id } }": typeof types.CreateProductCategoryDocument,
    "mutation UpdateProductCategory($id: ID!, $input: ProductCategoryInput!) { updateProductCategory(id: $id, input: $input) { id } }": typeof types.UpdateProductCategoryDocument,
    "mutation DeleteProductCategory($id: ID!) { deleteProductCategory(id: $id) }": typeof types.DeleteProductCategoryDocument,
    "\n  fragment PoolSummaryFields on Pool {\n    id name isDefault recycleEnabled exemptDealCustomers exemptOpenOpportunities warnDays customerCount viewerCanList viewerCanClaim\n    viewerCanAdminister rules { level noFollowUpDays noOpportunityDays noDealDays }\n  }\n": typeof types.PoolSummaryFieldsFragmentDoc,
    "query Pools { pools { ...PoolSummaryFields } }": typeof types.PoolsDocument,
    "\n  query PoolsDetail {\n    pools { ...PoolSummaryFields administrators { id name } memberUsers { id name } memberDepartments { department { id name } includeChildren } }\n    poolSettings { maxOwnedCustomers maxClaimsPerDay reclaimBarDays maxLockedCustomers opportunityChecksAvailable contractChecksAvailable }\n  }\n": typeof types.PoolsDetailDocument,
    "\n  query PoolCustomers($poolId: ID!, $filter: PoolCustomerFilter, $first: Int, $offset: Int, $after: String) {\n    poolCustomers(poolId: $poolId, filter: $filter, first: $first, offset: $offset, after: $after) {\n      totalCount totalCountExact pageInfo { hasNextPage endCursor }\n      nodes { id code name level region industry contactName poolReason poolNote poolEnteredAt previousOwner { id name } }\n    }\n  }\n": typeof types.PoolCustomersDocument,
    "\n  query PoolClaimQuota { poolClaimQuota { ownedCustomers maxOwnedCustomers claimedToday maxClaimsPerDay reclaimBarDays } }\n": typeof types.PoolClaimQuotaDocument,
    "\n  query PoolSettings { poolSettings { maxOwnedCustomers maxClaimsPerDay reclaimBarDays maxLockedCustomers opportunityChecksAvailable contractChecksAvailable } }\n": typeof types.PoolSettingsDocument,
    "\n  query CustomerPool($id: ID!) {\n    customer(id: $id) {\n      id ownerId locked viewerCanManage poolReason poolNote poolEnteredAt previousOwner { id name }\n      pool { id name viewerCanClaim } poolHistory { id event reason note createdAt pool { id name } fromPool { id name } fromOwner { id name } toOwner { id name } actor { id name } }\n    }\n  }\n": typeof types.CustomerPoolDocument,
    "mutation ClaimCustomers($ids: [ID!]!) { claimCustomers(ids: $ids) { id } }": typeof types.ClaimCustomersDocument,
    "mutation AssignCustomers($ids: [ID!]!, $userId: ID!) { assignCustomers(ids: $ids, userId: $userId) { id } }": typeof types.AssignCustomersDocument,
    "mutation ReturnCustomers($ids: [ID!]!, $reason: String!) { returnCustomersToPool(ids: $ids, reason: $reason) { id } }": typeof types.ReturnCustomersDocument,
    "mutation MoveCustomers($ids: [ID!]!, $poolId: ID!) { moveCustomersToPool(ids: $ids, poolId: $poolId) { id } }": typeof types.MoveCustomersDocument,
    "mutation CreatePool($input: CreatePoolInput!) { createPool(input: $input) { id } }": typeof types.CreatePoolDocument,
    "mutation UpdatePool($id: ID!, $input: UpdatePoolInput!) { updatePool(id: $id, input: $input) { id } }": typeof types.UpdatePoolDocument,
    "mutation UpdatePoolRules($poolId: ID!, $input: UpdatePoolRulesInput!) { updatePoolRules(poolId: $poolId, input: $input) { id } }": typeof types.UpdatePoolRulesDocument,
    "mutation UpdatePoolSettings($input: UpdatePoolSettingsInput!) { updatePoolSettings(input: $input) { maxOwnedCustomers } }": typeof types.UpdatePoolSettingsDocument,
    "query RecycleBin($first: Int, $offset: Int, $after: String, $filter: RecycleBinFilter!) {\n  recycleBin(first: $first, offset: $offset, after: $after, filter: $filter) {\n    totalCount totalCountExact pageInfo { hasNextPage endCursor }\n    nodes { id type code title deletedAt deletedBy { id name } viewerCanRestore deletedWithCount }\n  } }": typeof types.RecycleBinDocument,
    "mutation RestoreRecords($input: RestoreRecordsInput!) { restoreRecords(input: $input) { type ids } }": typeof types.RestoreRecordsDocument,
    "\n  query UserDirectory($keyword: String) { userDirectory(keyword: $keyword) { id name username } }\n": typeof types.UserDirectoryDocument,
    "\n  query TransferTargets($module: String!, $keyword: String) { transferTargets(module: $module, keyword: $keyword) { id name username } }\n": typeof types.TransferTargetsDocument,
    "\n  query CustomFields($module: String!, $withDisabled: Boolean) {\n    customFields(module: $module, withDisabled: $withDisabled) {\n      id module key label type required enabled sortOrder dictionaryKind viewerMode options { id code name path enabled }\n    }\n  }\n": typeof types.CustomFieldsDocument,
    "\n  query Dictionaries { dictionaries { kind name tree options { id kind code name parentId path sortOrder enabled } } }\n": typeof types.DictionariesDocument,
    "query MyFieldPermissions { myFieldPermissions { module field mode } }": typeof types.MyFieldPermissionsDocument,
    "\n  query Me {\n    me { permissions readableModules mustChangePassword superAdmin supervisesOthers user { id username name departmentId phone email address status } }\n  }\n": typeof types.MeDocument,
};
const documents: Documents = {
    "fragment AttachmentFields on Attachment { id fileName size mimeType url }": types.AttachmentFieldsFragmentDoc,
    "\n  fragment CommentFields on Comment {\n    id content createdAt unread replyToId viewerCanReply author { id name username } target { type id title }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  fragment FollowUpFields on FollowUp {\n    id parentType parentId subject method participants objective result nextStep occurredAt nextContactAt substantive createdAt\n    viewerCanEdit commentCount unreadCommentCount author { id name username } parent { type id title }\n    attachments { ...AttachmentFields }\n  }\n": types.FollowUpFieldsFragmentDoc,
    "\n  query FollowUpDetail($id: ID!) { followUp(id: $id) { ...FollowUpFields comments { ...CommentFields } } }\n": types.FollowUpDetailDocument,
    "\n  query FollowUps($filter: FollowUpFilter, $first: Int, $offset: Int) {\n    followUps(filter: $filter, first: $first, offset: $offset) { totalCount totalCountExact nodes { ...FollowUpFields } }\n  }\n": types.FollowUpsDocument,
    "\n  mutation CreateFollowUp($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id } }\n": types.CreateFollowUpDocument,
    "\n  mutation UpdateFollowUp($id: ID!, $input: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $input) { id } }\n": types.UpdateFollowUpDocument,
    "mutation DeleteFollowUp($id: ID!) { deleteFollowUp(id: $id) { ids } }": types.DeleteFollowUpDocument,
    "mutation DeleteAttachment($id: ID!) { deleteAttachment(id: $id) { ids } }": types.DeleteAttachmentDocument,
    "\n  mutation CommentOn($input: CommentOnInput!) { commentOn(input: $input) { id } }\n": types.CommentOnDocument,
    "\n  mutation ReplyToComment($input: ReplyToCommentInput!) { replyToComment(input: $input) { id } }\n": types.ReplyToCommentDocument,
    "\n  mutation MarkCommentsRead($targetType: String!, $targetId: ID!) { markCommentsRead(targetType: $targetType, targetId: $targetId) }\n": types.MarkCommentsReadDocument,
    "query UnreadCommentCount { unreadCommentCount }": types.UnreadCommentCountDocument,
    "\n  query Timeline($targetType: String!, $targetId: ID!, $first: Int, $kinds: [String!]) {\n    timeline(targetType: $targetType, targetId: $targetId, first: $first, kinds: $kinds) {\n      totalCount pageInfo { hasNextPage }\n      nodes {\n        id kind entityId at targetType targetId title summary status\n        actor { id name username } target { type id title }\n        followUp { ...FollowUpFields }\n        comment { ...CommentFields }\n        auditEntry { id action entityType entityId changes }\n      }\n    }\n    timelineKinds\n  }\n": types.TimelineDocument,
    "query MentionDirectory($keyword: String) { userDirectory(keyword: $keyword) { id name username } }": types.MentionDirectoryDocument,
    "query UnreadNotificationCount { unreadNotificationCount }": types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int, $offset: Int, $unreadOnly: Boolean) {\n    notifications(first: $first, offset: $offset, unreadOnly: $unreadOnly) {\n      totalCount totalCountExact nodes { id kind title body entityType entityId readAt createdAt }\n    }\n  }\n": types.NotificationsDocument,
    "mutation MarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }": types.MarkNotificationsReadDocument,
    "mutation MarkAllNotificationsRead { markAllNotificationsRead }": types.MarkAllNotificationsReadDocument,
    "fragment InsightPersonFields on InsightPerson { id username name status departmentId departmentName }": types.InsightPersonFieldsFragmentDoc,
    "\n  fragment BriefFields on BriefFigures {\n    newCustomers newContacts newOpportunities newOpportunityAmount newContracts contractAmount receivables receivableAmount followUps substantiveFollowUps\n  }\n": types.BriefFieldsFragmentDoc,
    "fragment KpiFigureFields on KpiFigure { metric target actual completion }": types.KpiFigureFieldsFragmentDoc,
    "fragment InsightStageFields on OpportunityStage { id name sort probability }": types.InsightStageFieldsFragmentDoc,
    "\n  query InsightScope { insightScope { everyone canSetTargets people { ...InsightPersonFields } departments { id name parentId } } }\n": types.InsightScopeDocument,
    "query Dashboard($filter: InsightFilter, $metric: KpiMetric!) { dashboard(filter: $filter) {\n  period { preset from to start end previousFrom previousTo months }\n  selection { everyone department { id name parentId } person { ...InsightPersonFields } }\n  brief { current { ...BriefFields } previous { ...BriefFields } }\n  kpi { months figures { ...KpiFigureFields } people { person { ...InsightPersonFields } figures { ...KpiFigureFields } } }\n  funnel {\n    stages { stage { ...InsightStageFields } count amount weightedAmount } categories { category count amount weightedAmount }\n    open { count amount weightedAmount } won { count amount } lost { count amount } conversion { stage { ...InsightStageFields } reached conversion }\n  }\n  trend { month contractAmount receivableAmount newCustomers lastYearContractAmount lastYearReceivableAmount lastYearNewCustomers }\n  ranking(metric: $metric) { metric people { rank person { ...InsightPersonFields } value } departments { rank department { id name } value } }\n} }": types.DashboardDocument,
    "query InsightSelection($filter: InsightFilter) { dashboard(filter: $filter) {\n  period { preset from to start end months } selection { everyone department { id name parentId } person { ...InsightPersonFields } } ownerIds\n} }": types.InsightSelectionDocument,
    "\n  query MySubmittedApprovals($first: Int, $offset: Int, $documentType: ApprovalDocumentType) {\n    mySubmittedApprovals(first: $first, offset: $offset, documentType: $documentType) {\n      totalCount\n      nodes {\n        id documentType status flowName createdAt decidedAt\n        contract { id code title amount customer { id name } } receivable { id code amount }\n        ownershipRequest { id customerCode customerName reason customer { id } }\n        steps { id position name status approverLabel decidedBy { id name } }\n      }\n    }\n  }\n": types.MySubmittedApprovalsDocument,
    "\n  query MyDecidedApprovals($first: Int, $offset: Int, $documentType: ApprovalDocumentType) {\n    myDecidedApprovals(first: $first, offset: $offset, documentType: $documentType) {\n      totalCount\n      nodes {\n        id documentType position name status comment decidedAt\n        approval { id status submitter { id name } }\n        contract { id code title amount customer { id name } } receivable { id code amount }\n        ownershipRequest { id customerCode customerName reason customer { id } }\n      }\n    }\n  }\n": types.MyDecidedApprovalsDocument,
    "\n  query ContactDetail($id: ID!) {\n    contact(id: $id) { ...ContactFields createdAt customer { id code name viewerCanEdit } }\n  }\n": types.ContactDetailDocument,
    "\n  query CustomerFinance($customerId: ID!) {\n    contracts(first: 50, filter: { customerId: $customerId }) {\n      nodes { id code title status paymentPlans { id term amount plannedDate receivedAmount } }\n    }\n    receivables(first: 10, filter: { customerId: $customerId }) { totalCount nodes { id code amount receivedDate status } }\n  }\n": types.CustomerFinanceDocument,
    "query ApiTokens { apiTokens { id name prefix expiresAt revokedAt lastUsedAt createdAt } }": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id } } }\n": types.CreateApiTokenDocument,
    "mutation RevokeApiToken($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }": types.RevokeApiTokenDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { id phone email address } }\n": types.UpdateMyProfileDocument,
    "\n  fragment ReceivableRowFields on Receivable {\n    id code amount receivedDate method status remarks createdAt\n    contract { id code title customer { id name } owner { id name } } plan { id term } recordedBy { id name }\n  }\n": types.ReceivableRowFieldsFragmentDoc,
    "\n  query Receivables($first: Int, $offset: Int, $after: String, $filter: ReceivableFilter, $orderBy: ReceivableOrder) {\n    receivables(first: $first, offset: $offset, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount totalCountExact nodes { ...ReceivableRowFields } pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ReceivablesDocument,
    "\n  query ReceivableDetail($id: ID!) {\n    receivable(id: $id) { ...ReceivableRowFields plan { id term amount plannedDate } approvals { ...ApprovalRunFields } }\n  }\n": types.ReceivableDetailDocument,
    "\n  query ReceivableContractOptions($keyword: String) { contracts(first: 20, filter: { keyword: $keyword }) { nodes { id code title } } }\n": types.ReceivableContractOptionsDocument,
    "\n  fragment ReportRowFields on Report {\n    id kind subject periodStart periodEnd createdAt unread readCount commentCount unreadCommentCount\n    author { id name username } recipients { user { id name username } readAt }\n  }\n": types.ReportRowFieldsFragmentDoc,
    "\n  fragment ReportDetailFields on Report {\n    ...ReportRowFields content viewerCanEdit attachments { ...AttachmentFields } comments { ...CommentFields }\n  }\n": types.ReportDetailFieldsFragmentDoc,
    "\n  query Reports($filter: ReportFilter, $first: Int, $offset: Int) {\n    reports(filter: $filter, first: $first, offset: $offset) { totalCount nodes { ...ReportRowFields } }\n  }\n": types.ReportsDocument,
    "\n  query ReceivedReports($unreadOnly: Boolean, $kind: ReportKind, $first: Int, $offset: Int) {\n    myReceivedReports(unreadOnly: $unreadOnly, kind: $kind, first: $first, offset: $offset) { totalCount nodes { ...ReportRowFields } }\n  }\n": types.ReceivedReportsDocument,
    "query ReportDetail($id: ID!) { report(id: $id) { ...ReportDetailFields } }": types.ReportDetailDocument,
    "\n  query ReportDraft($kind: ReportKind!, $date: String) {\n    reportDraft(kind: $kind, date: $date) {\n      kind periodStart periodEnd subject content leader { id name username } existingReportId\n      sections { section title }\n      figures { from to followUps substantiveFollowUps newCustomers opportunitiesMoved stageChanges newContracts contractAmount receivables receivableAmount }\n    }\n  }\n": types.ReportDraftDocument,
    "mutation CreateReport($input: CreateReportInput!) { createReport(input: $input) { id } }": types.CreateReportDocument,
    "mutation UpdateReport($id: ID!, $input: UpdateReportInput!) { updateReport(id: $id, input: $input) { ...ReportDetailFields } }": types.UpdateReportDocument,
    "mutation DeleteReport($id: ID!) { deleteReport(id: $id) { ids } }": types.DeleteReportDocument,
    "mutation MarkReportRead($id: ID!) { markReportRead(id: $id) { ...ReportDetailFields } }": types.MarkReportReadDocument,
    "\n  fragment ScheduleEntryFields on ScheduleEntry {\n    id title description startAt endAt allDay reminderMinutes source followUpId viewerCanEdit\n    owner { id name username } participants { id name username } related { type id title }\n  }\n": types.ScheduleEntryFieldsFragmentDoc,
    "\n  query ScheduleEntries($from: DateTimeISO!, $to: DateTimeISO!, $userId: ID) { scheduleEntries(from: $from, to: $to, userId: $userId) { ...ScheduleEntryFields } }\n": types.ScheduleEntriesDocument,
    "query ScheduleEntry($id: ID!) { scheduleEntry(id: $id) { ...ScheduleEntryFields } }": types.ScheduleEntryDocument,
    "\n  mutation CreateScheduleEntry($input: CreateScheduleEntryInput!) { createScheduleEntry(input: $input) { ...ScheduleEntryFields } }\n": types.CreateScheduleEntryDocument,
    "\n  mutation UpdateScheduleEntry($id: ID!, $input: UpdateScheduleEntryInput!) { updateScheduleEntry(id: $id, input: $input) { ...ScheduleEntryFields } }\n": types.UpdateScheduleEntryDocument,
    "mutation DeleteScheduleEntry($id: ID!) { deleteScheduleEntry(id: $id) { ids } }": types.DeleteScheduleEntryDocument,
    "\n  query CadenceSettings { cadenceSettings { shortTermFollowUpDays midTermFollowUpDays longTermFollowUpDays paymentPlanReminderDays taskReminderDays followUpReminderMinutes } }\n": types.CadenceSettingsDocument,
    "\n  mutation UpdateCadenceSettings($input: UpdateCadenceSettingsInput!) {\n    updateCadenceSettings(input: $input) { shortTermFollowUpDays midTermFollowUpDays longTermFollowUpDays paymentPlanReminderDays taskReminderDays followUpReminderMinutes }\n  }\n": types.UpdateCadenceSettingsDocument,
    "\n  mutation CreateCustomField($input: CreateCustomFieldInput!) { createCustomField(input: $input) { id key } }\n": types.CreateCustomFieldDocument,
    "\n  mutation UpdateCustomField($id: ID!, $input: UpdateCustomFieldInput!) { updateCustomField(id: $id, input: $input) { id label required enabled sortOrder } }\n": types.UpdateCustomFieldDocument,
    "\n  mutation ReorderCustomFields($module: String!, $ids: [ID!]!) { reorderCustomFields(module: $module, ids: $ids) { id sortOrder } }\n": types.ReorderCustomFieldsDocument,
    "\n  mutation AddDictionaryOption($input: AddDictionaryOptionInput!) { addDictionaryOption(input: $input) { id name enabled } }\n": types.AddDictionaryOptionDocument,
    "\n  mutation UpdateDictionaryOption($id: ID!, $input: UpdateDictionaryOptionInput!) { updateDictionaryOption(id: $id, input: $input) { id name enabled } }\n": types.UpdateDictionaryOptionDocument,
    "\n  mutation ReorderDictionaryOptions($input: ReorderDictionaryOptionsInput!) { reorderDictionaryOptions(input: $input) { id sortOrder } }\n": types.ReorderDictionaryOptionsDocument,
    "\n  query NumberingRules { numberingRules { module prefix datePart resetPeriod sequenceLength nextNumber updatedAt } }\n": types.NumberingRulesDocument,
    "\n  mutation UpdateNumberingRule($module: String!, $input: UpdateNumberingRuleInput!) {\n    updateNumberingRule(module: $module, input: $input) { module prefix datePart resetPeriod sequenceLength nextNumber updatedAt }\n  }\n": types.UpdateNumberingRuleDocument,
    "mutation ExportStatistics($report: StatisticsReport!, $filter: InsightFilter, $basis: CustomerBasis, $month: String) {\n  exportStatistics(report: $report, filter: $filter, basis: $basis, month: $month) { fileName mimeType contentBase64 } }": types.ExportStatisticsDocument,
    "\n  fragment ComplianceRulesFields on ComplianceRules {\n    requiredFields coreDealMonths highGrowthContactDays coreShortDays coreMidDays highGrowthDays minCore minHighGrowth reminderDays\n  }\n": types.ComplianceRulesFieldsFragmentDoc,
    "query ComplianceReport($filter: ComplianceFilter) { complianceReport(filter: $filter) {\n  rules { ...ComplianceRulesFields } totals { people behind customers core highGrowth overdue dueSoon criteria }\n  people { person { ...InsightPersonFields } behind customers core highGrowth overdue dueSoon criteria }\n  departments { department { id name } people behind customers core highGrowth overdue dueSoon criteria } } }": types.ComplianceReportDocument,
    "query ComplianceCustomers($filter: ComplianceFilter, $state: ComplianceState, $first: Int, $offset: Int) {\n  complianceCustomers(filter: $filter, state: $state, first: $first, offset: $offset) { totalCount\n    nodes { id code name level type owner { ...InsightPersonFields } rule intervalDays lastContactAt dueAt overdueDays problems missingFields } } }": types.ComplianceCustomersDocument,
    "query ComplianceMonthly($month: String!, $filter: ComplianceFilter) { complianceMonthly(month: $month, filter: $filter) {\n  month rows { person { ...InsightPersonFields } behind customers core highGrowth overdue dueSoon criteria followUps substantive newCustomers contractAmount receivableAmount } } }": types.ComplianceMonthlyDocument,
    "query ComplianceRules { complianceRules { ...ComplianceRulesFields } }": types.ComplianceRulesDocument,
    "\n  mutation UpdateComplianceRules($input: UpdateComplianceRulesInput!) { updateComplianceRules(input: $input) { ...ComplianceRulesFields } }\n": types.UpdateComplianceRulesDocument,
    "query ContractReport($filter: InsightFilter) { statistics(filter: $filter) { contracts {\n  contracts amount received overdueTotal months { month planned received }\n  overduePlans { planId contractId contractCode contractTitle term plannedDate planned received outstanding owner { ...InsightPersonFields } }\n  byPerson { person { ...InsightPersonFields } contracts amount received outstanding } } } }": types.ContractReportDocument,
    "query CustomerReport($filter: InsightFilter, $basis: CustomerBasis) { statistics(filter: $filter) { customers(basis: $basis) {\n  total byLevel { key count } byType { key count } bySource { key count } byIndustry { key count } byRegion { key count } newByMonth { month count } } } }": types.CustomerReportDocument,
    "query FollowUpReport($filter: InsightFilter) { statistics(filter: $filter) { followUps {\n  total substantive byMethod { key count extra } byPerson { person { ...InsightPersonFields } count substantive } } } }": types.FollowUpReportDocument,
    "query OpportunityReport($filter: InsightFilter) { statistics(filter: $filter) { opportunities {\n  created byStage { stage { sort name } count amount } byCategory { key count amount } won { count amount } lost { count amount }\n  lossReasons { key count amount } monthly { month longTerm midTerm shortTerm won lost } } } }": types.OpportunityReportDocument,
    "query ProductReport($filter: InsightFilter) { statistics(filter: $filter) { products {\n  amount byProduct { id name contracts quantity amount } byCategory { id name contracts quantity amount } } } }": types.ProductReportDocument,
    "query FigureCustomers($filter: CustomerFilter, $first: Int, $offset: Int) { customers(filter: $filter, first: $first, offset: $offset, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount nodes { id code name level owner { name } createdAt } } }": types.FigureCustomersDocument,
    "query FigureContacts($filter: ContactFilter, $first: Int, $offset: Int) { contacts(filter: $filter, first: $first, offset: $offset) {\n      totalCount nodes { id name position customer { id name } owner { name } createdAt } } }": types.FigureContactsDocument,
    "query FigureOpportunities($filter: OpportunityFilter, $first: Int, $offset: Int) { opportunities(filter: $filter, first: $first, offset: $offset, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount nodes { id name amount category customer { id name } owner { name } createdAt } } }": types.FigureOpportunitiesDocument,
    "query FigureContracts($filter: ContractFilter, $first: Int, $offset: Int) { contracts(filter: $filter, first: $first, offset: $offset, orderBy: { field: SIGN_DATE, direction: DESC }) {\n      totalCount nodes { id code title amount signDate customer { id name } owner { name } } } }": types.FigureContractsDocument,
    "query FigureReceivables($filter: ReceivableFilter, $first: Int, $offset: Int) { receivables(filter: $filter, first: $first, offset: $offset, orderBy: { field: RECEIVED_DATE, direction: DESC }) {\n      totalCount nodes { id code amount receivedDate contract { id code title } } } }": types.FigureReceivablesDocument,
    "query FigureFollowUps($filter: FollowUpFilter, $first: Int, $offset: Int) { followUps(filter: $filter, first: $first, offset: $offset) {\n      totalCount nodes { id subject result substantive occurredAt author { name } parent { type id title } } } }": types.FigureFollowUpsDocument,
    "query TargetSubjects { targetSubjects { departments { id name parentId } people { ...InsightPersonFields } }\n  me { user { id name departmentId } } }": types.TargetSubjectsDocument,
    "query KpiTargets($type: KpiSubject!, $id: ID!, $year: Int!) { kpiTargets(subjectType: $type, subjectId: $id, year: $year) {\n  subjectName editable own { month metric value } effective { month metric value } } }": types.KpiTargetsDocument,
    "mutation SetKpiTargets($input: SetKpiTargetsInput!) { setKpiTargets(input: $input) { subjectName } }": types.SetKpiTargetsDocument,
    "fragment SupervisedPersonFields on SupervisedPerson { id username name status departmentId departmentName }": types.SupervisedPersonFieldsFragmentDoc,
    "\n  query SupervisionScope {\n    supervisionScope { supervisesOthers people { ...SupervisedPersonFields } departments { id name parentId } }\n  }\n": types.SupervisionScopeDocument,
    "\n  query SupervisionOverview($filter: SupervisionFilter, $orderBy: PersonActivityOrder, $first: Int, $offset: Int) {\n    supervisionOverview(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset) {\n      totalCount\n      totals { followUps substantiveFollowUps openTasks overdueTasks reports }\n      nodes {\n        person { ...SupervisedPersonFields }\n        followUps substantiveFollowUps openTasks overdueTasks reports lastFollowUpAt\n      }\n    }\n  }\n": types.SupervisionOverviewDocument,
    "\n  query SupervisedFollowUps($filter: SupervisedFollowUpFilter, $first: Int, $offset: Int) {\n    supervisedFollowUps(filter: $filter, first: $first, offset: $offset) { totalCount nodes { ...FollowUpFields } }\n  }\n": types.SupervisedFollowUpsDocument,
    "\n  query SupervisedTasks($filter: SupervisedTaskFilter, $first: Int, $offset: Int) {\n    supervisedTasks(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      nodes { id title description dueAt priority status overdue completedAt createdAt assignee { id name username } createdBy { id name username } related { type id title } }\n    }\n  }\n": types.SupervisedTasksDocument,
    "\n  query SupervisedReports($filter: SupervisedReportFilter, $first: Int, $offset: Int) {\n    supervisedReports(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      nodes { id kind subject periodStart periodEnd createdAt unread readCount commentCount unreadCommentCount author { id name username } recipients { user { id name username } readAt } }\n    }\n  }\n": types.SupervisedReportsDocument,
    "\n  query PersonNow($userId: ID!) {\n    personNow(userId: $userId) {\n      person { ...SupervisedPersonFields }\n      lastLoginAt openTaskCount overdueTaskCount\n      todaySchedule { id title startAt endAt allDay }\n      openTasks { id title dueAt overdue priority }\n      latestFollowUps { ...FollowUpFields }\n      latestReports { id kind subject createdAt }\n    }\n  }\n": types.PersonNowDocument,
    "\n  query TaskOpportunityOptions($keyword: String) { opportunities(first: 20, filter: { keyword: $keyword }) { nodes { id name } } }\n": types.TaskOpportunityOptionsDocument,
    "\n  fragment TaskFields on Task {\n    id title description dueAt priority status overdue completedAt createdAt viewerCanEdit viewerCanChangeStatus relatedType relatedId\n    assignee { id name username } createdBy { id name username } related { type id title }\n  }\n": types.TaskFieldsFragmentDoc,
    "\n  query MyTasks {\n    myTasks {\n      inboxCount todayCount nextCount futureCount\n      inbox { ...TaskFields } today { ...TaskFields } next { ...TaskFields } future { ...TaskFields }\n    }\n  }\n": types.MyTasksDocument,
    "\n  query Tasks($filter: TaskFilter, $first: Int, $offset: Int, $orderBy: TaskOrder) {\n    tasks(filter: $filter, first: $first, offset: $offset, orderBy: $orderBy) { totalCount nodes { ...TaskFields } }\n  }\n": types.TasksDocument,
    "query Task($id: ID!) { task(id: $id) { ...TaskFields } }": types.TaskDocument,
    "mutation CreateTask($input: CreateTaskInput!) { createTask(input: $input) { ...TaskFields } }": types.CreateTaskDocument,
    "mutation UpdateTask($id: ID!, $input: UpdateTaskInput!) { updateTask(id: $id, input: $input) { ...TaskFields } }": types.UpdateTaskDocument,
    "mutation SetTaskStatus($id: ID!, $status: TaskStatus!) { setTaskStatus(id: $id, status: $status) { ...TaskFields } }": types.SetTaskStatusDocument,
    "mutation DeleteTasks($ids: [ID!]!) { deleteTasks(ids: $ids) { ids } }": types.DeleteTasksDocument,
    "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) { changePassword(oldPassword: $oldPassword, newPassword: $newPassword) { id } }\n": types.ChangePasswordDocument,
    "\n  query AdminDepartments { departments { id name parentId enabled sortOrder headId head { id name } } }\n": types.AdminDepartmentsDocument,
    "query Positions($departmentId: ID!) { positions(departmentId: $departmentId) { id name departmentId } }": types.PositionsDocument,
    "mutation CreateDepartment($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }": types.CreateDepartmentDocument,
    "mutation UpdateDepartment($id: ID!, $input: UpdateDepartmentInput!) { updateDepartment(id: $id, input: $input) { id } }": types.UpdateDepartmentDocument,
    "mutation DisableDepartment($id: ID!) { disableDepartment(id: $id) { id enabled } }": types.DisableDepartmentDocument,
    "mutation EnableDepartment($id: ID!) { enableDepartment(id: $id) { id enabled } }": types.EnableDepartmentDocument,
    "mutation CreatePosition($input: CreatePositionInput!) { createPosition(input: $input) { id } }": types.CreatePositionDocument,
    "mutation UpdatePosition($id: ID!, $input: UpdatePositionInput!) { updatePosition(id: $id, input: $input) { id } }": types.UpdatePositionDocument,
    "\n  query Users($first: Int, $offset: Int, $filter: UserFilter) {\n    users(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      nodes {\n        id username name status mustChangePassword phone email address lastLoginAt createdAt departmentId positionId\n        department { id name } position { id name } roles { id name } viewerCanAdminister viewerCanResetPassword\n      }\n    }\n  }\n": types.UsersDocument,
    "mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }": types.CreateUserDocument,
    "mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }": types.UpdateUserDocument,
    "mutation EnableUser($id: ID!) { enableUser(id: $id) { id status } }": types.EnableUserDocument,
    "mutation ResetPassword($id: ID!, $newPassword: String!) { resetPassword(id: $id, newPassword: $newPassword) { id } }": types.ResetPasswordDocument,
    "\n  query Roles($assignable: Boolean) {\n    roles(assignable: $assignable) {\n      id name code description builtin permissions viewerCanEdit\n      defaultScope { read write transfer }\n      moduleScopes { module read write transfer }\n      customDepartments { departmentId includeChildren department { id name } }\n      fieldPermissions { module field mode }\n    }\n  }\n": types.RolesDocument,
    "query PermissionCatalog { permissionCatalog { groups { name permissions } modules scopeLevels fieldModules { module label labelEn fields { key label labelEn mask } } } }": types.PermissionCatalogDocument,
    "mutation CreateRole($input: CreateRoleInput!) { createRole(input: $input) { id } }": types.CreateRoleDocument,
    "mutation UpdateRole($id: ID!, $input: UpdateRoleInput!) { updateRole(id: $id, input: $input) { id } }": types.UpdateRoleDocument,
    "\n  query AuditLogs($first: Int, $offset: Int, $filter: AuditLogFilter) {\n    auditLogs(first: $first, offset: $offset, filter: $filter) { totalCount nodes { id action entityType entityId changes ip createdAt actor { id name } people { id name } } }\n  }\n": types.AuditLogsDocument,
    "\n  query LoginLogs($first: Int, $offset: Int, $filter: LoginLogFilter) {\n    loginLogs(first: $first, offset: $offset, filter: $filter) { totalCount nodes { id username userId success reason ip userAgent createdAt } }\n  }\n": types.LoginLogsDocument,
    "\n  fragment ContractRowFields on Contract {\n    id code title status amount receivedAmount outstandingAmount signDate customerId customer { id name } owner { id name } updatedAt\n    viewerCanDelete viewerCanTransfer\n    customFields { key values display }\n  }\n": types.ContractRowFieldsFragmentDoc,
    "\n  fragment ApprovalRunFields on Approval {\n    id documentType status flowName createdAt decidedAt submitter { id name }\n    steps { id position name approverType approverLabel status comment activatedAt decidedAt decidedBy { id name } approvers { id name } }\n  }\n": types.ApprovalRunFieldsFragmentDoc,
    "query Contracts($first: Int, $offset: Int, $after: String, $filter: ContractFilter, $orderBy: ContractOrder) {\n  contracts(first: $first, offset: $offset, after: $after, filter: $filter, orderBy: $orderBy) { totalCount totalCountExact nodes { ...ContractRowFields } pageInfo { hasNextPage endCursor } } }": types.ContractsDocument,
    "\n  query ContractDetail($id: ID!) {\n    contract(id: $id) {\n      ...ContractRowFields opportunityId opportunity { id name } startDate endDate remarks submittedAt approvedAt paidAt voidedAt voidReason createdAt createdBy { id name }\n      viewerCanEdit viewerCanSubmit viewerCanVoid viewerCanRecordReceivable viewerCanEditPlans\n      lines { id productId productName model unit quantity unitPrice amount }\n      paymentPlans { id term amount plannedDate method reminderDays remarks receivedAmount }\n      receivables { id code amount receivedDate method status remarks planId recordedBy { id name } createdAt approvals { ...ApprovalRunFields } }\n      approvals { ...ApprovalRunFields }\n      history { id action entityType entityId changes createdAt actor { id name } people { id name } }\n      customFields { key values display }\n    }\n  }\n": types.ContractDetailDocument,
    "mutation CreateContract($input: CreateContractInput!) { createContract(input: $input) { id code } }": types.CreateContractDocument,
    "mutation UpdateContract($id: ID!, $input: UpdateContractInput!) { updateContract(id: $id, input: $input) { id } }": types.UpdateContractDocument,
    "mutation DeleteContracts($ids: [ID!]!) { deleteContracts(ids: $ids) { ids } }": types.DeleteContractsDocument,
    "mutation SubmitContract($id: ID!) { submitContract(id: $id) { id status } }": types.SubmitContractDocument,
    "mutation VoidContract($id: ID!, $reason: String!) { voidContract(id: $id, reason: $reason) { id status } }": types.VoidContractDocument,
    "mutation TransferContracts($input: TransferContractsInput!) { transferContracts(input: $input) { id } }": types.TransferContractsDocument,
    "mutation CreatePaymentPlan($input: CreatePaymentPlanInput!) { createPaymentPlan(input: $input) { id } }": types.CreatePaymentPlanDocument,
    "mutation UpdatePaymentPlan($id: ID!, $input: UpdatePaymentPlanInput!) { updatePaymentPlan(id: $id, input: $input) { id } }": types.UpdatePaymentPlanDocument,
    "mutation DeletePaymentPlan($id: ID!) { deletePaymentPlan(id: $id) }": types.DeletePaymentPlanDocument,
    "mutation CreateReceivable($input: CreateReceivableInput!) { createReceivable(input: $input) { id code status } }": types.CreateReceivableDocument,
    "mutation DeleteReceivables($ids: [ID!]!) { deleteReceivables(ids: $ids) { ids } }": types.DeleteReceivablesDocument,
    "\n  query ContractCustomerOptions($keyword: String) { customers(first: 20, filter: { keyword: $keyword, inPool: false }) { nodes { id code name } } }\n": types.ContractCustomerOptionsDocument,
    "\n  query MyPendingApprovals($first: Int, $offset: Int) {\n    myPendingApprovals(first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id documentType position name activatedAt\n        approval { id createdAt submitter { id name } steps { id } }\n        contract { id code title amount status customer { id name } owner { id name } }\n        receivable { id code amount receivedDate method }\n        ownershipRequest { id customerCode customerName ownerName departmentName reason withContacts withOpportunities withContracts }\n      }\n    }\n  }\n": types.MyPendingApprovalsDocument,
    "query MyPendingApprovalCount { myPendingApprovalCount }": types.MyPendingApprovalCountDocument,
    "mutation ApproveApproval($id: ID!, $comment: String) { approveApproval(id: $id, comment: $comment) { id status } }": types.ApproveApprovalDocument,
    "mutation RejectApproval($id: ID!, $comment: String!) { rejectApproval(id: $id, comment: $comment) { id status } }": types.RejectApprovalDocument,
    "\n  query ApprovalFlows {\n    approvalFlows {\n      id documentType name enabled version updatedAt updatedBy { id name } steps { position name approverType roleId userId roleName user { id name } }\n      fallbackUserId fallbackUser { id name } warnings { position stepName reason covered }\n    }\n    approvalRoleOptions { id name }\n  }\n": types.ApprovalFlowsDocument,
    "query ApprovalUserOptions($keyword: String) { approvalUserOptions(keyword: $keyword) { id name username } }": types.ApprovalUserOptionsDocument,
    "mutation SaveApprovalFlow($input: SaveApprovalFlowInput!) { saveApprovalFlow(input: $input) { id version } }": types.SaveApprovalFlowDocument,
    "\n  query ContractProductOptions($keyword: String) { products(first: 20, filter: { keyword: $keyword, status: ACTIVE }) { nodes { id name model unit price } } }\n": types.ContractProductOptionsDocument,
    "\n  query ContractOpportunityOptions($customerId: ID) { opportunities(first: 50, filter: { customerId: $customerId }) { nodes { id name category } } }\n": types.ContractOpportunityOptionsDocument,
    "\n  fragment CustomerRowFields on Customer {\n    id code name type level industry source region contactName mobile dealStatus locked lastFollowUpAt createdAt updatedAt deletedAt\n    owner { id name } viewerCanEdit viewerCanManage viewerCanTransfer\n    customFields { key values display }\n  }\n": types.CustomerRowFieldsFragmentDoc,
    "\n  fragment ContactFields on Contact {\n    id customerId name department position mobile phone email wechat birthday remarks isPrimary updatedAt owner { id name }\n    customFields { key values display }\n  }\n": types.ContactFieldsFragmentDoc,
    "query Customers($first: Int, $offset: Int, $after: String, $filter: CustomerFilter, $orderBy: CustomerOrder) {\n  customers(first: $first, offset: $offset, after: $after, filter: $filter, orderBy: $orderBy) { totalCount totalCountExact nodes { ...CustomerRowFields } pageInfo { hasNextPage endCursor } } }": types.CustomersDocument,
    "\n  query CustomerDetail($id: ID!) {\n    customer(id: $id) {\n      ...CustomerRowFields address postcode profile contactPosition phone email website remarks nextFollowUpAt\n      createdBy { id name }\n      contacts { ...ContactFields }\n      team { userId canEdit createdAt user { id name username } }\n      history { id action entityType entityId changes createdAt actor { id name } people { id name } }\n      sourceLeads { id name }\n    }\n  }\n": types.CustomerDetailDocument,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { id code } }\n": types.CreateCustomerDocument,
    "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id } }\n": types.UpdateCustomerDocument,
    "mutation DeleteCustomers($ids: [ID!]!) { deleteCustomers(ids: $ids) { ids } }": types.DeleteCustomersDocument,
    "mutation RestoreCustomers($ids: [ID!]!) { restoreCustomers(ids: $ids) { id } }": types.RestoreCustomersDocument,
    "mutation LockCustomers($ids: [ID!]!) { lockCustomers(ids: $ids) { id locked } }": types.LockCustomersDocument,
    "mutation UnlockCustomers($ids: [ID!]!) { unlockCustomers(ids: $ids) { id locked } }": types.UnlockCustomersDocument,
    "\n  mutation TransferCustomers($input: TransferCustomersInput!) { transferCustomers(input: $input) { id owner { id name } } }\n": types.TransferCustomersDocument,
    "\n  mutation SetTeamMember($customerId: ID!, $userId: ID!, $canEdit: Boolean!) {\n    setCustomerTeamMember(customerId: $customerId, userId: $userId, canEdit: $canEdit) { userId canEdit }\n  }\n": types.SetTeamMemberDocument,
    "\n  mutation RemoveTeamMember($customerId: ID!, $userId: ID!) { removeCustomerTeamMember(customerId: $customerId, userId: $userId) }\n": types.RemoveTeamMemberDocument,
    "query Contacts($first: Int, $offset: Int, $after: String, $filter: ContactFilter) {\n  contacts(first: $first, offset: $offset, after: $after, filter: $filter) { totalCount totalCountExact nodes { ...ContactFields customer { id code name } } pageInfo { hasNextPage endCursor } } }": types.ContactsDocument,
    "mutation CreateContact($input: CreateContactInput!) { createContact(input: $input) { id } }": types.CreateContactDocument,
    "mutation UpdateContact($id: ID!, $input: UpdateContactInput!) { updateContact(id: $id, input: $input) { id } }": types.UpdateContactDocument,
    "mutation DeleteContacts($ids: [ID!]!) { deleteContacts(ids: $ids) { ids } }": types.DeleteContactsDocument,
    "\n  query DuplicateCustomers($input: DuplicateSearchInput!) {\n    duplicateCustomers(input: $input) { code name ownerName departmentName matchedBy viewerIsOwner }\n  }\n": types.DuplicateCustomersDocument,
    "\n  mutation RequestOwnership($input: RequestOwnershipInput!) { requestOwnership(input: $input) { id status customerCode } }\n": types.RequestOwnershipDocument,
    "\n  query MergeCandidate($id: ID!) {\n    customer(id: $id) {\n      id code createdAt owner { id name }\n      name type level industry source region address postcode profile contactName contactPosition mobile phone email website remarks\n    }\n  }\n": types.MergeCandidateDocument,
    "\n  mutation MergeCustomers($input: MergeCustomersInput!) { mergeCustomers(input: $input) { kept { id code name } mergedIds } }\n": types.MergeCustomersDocument,
    "\n  query Departments { departments { id name parentId enabled sortOrder headId } }\n": types.DepartmentsDocument,
    "fragment ExportLinkFields on ExportLink { url fileName count }": types.ExportLinkFieldsFragmentDoc,
    "\n  mutation ExportCustomersLink($input: ExportCustomersInput!) { exportCustomersLink(input: $input) { ...ExportLinkFields } }\n": types.ExportCustomersLinkDocument,
    "\n  mutation ExportContactsLink($input: ExportContactsInput!) { exportContactsLink(input: $input) { ...ExportLinkFields } }\n": types.ExportContactsLinkDocument,
    "\n  mutation ExportOpportunitiesLink($input: ExportOpportunitiesInput!) { exportOpportunitiesLink(input: $input) { ...ExportLinkFields } }\n": types.ExportOpportunitiesLinkDocument,
    "\n  mutation ExportContractsLink($input: ExportContractsInput!) { exportContractsLink(input: $input) { ...ExportLinkFields } }\n": types.ExportContractsLinkDocument,
    "\n  mutation ExportReceivablesLink($input: ExportReceivablesInput!) { exportReceivablesLink(input: $input) { ...ExportLinkFields } }\n": types.ExportReceivablesLinkDocument,
    "\n  mutation ExportFollowUpsLink($input: ExportFollowUpsInput!) { exportFollowUpsLink(input: $input) { ...ExportLinkFields } }\n": types.ExportFollowUpsLinkDocument,
    "\n  fragment DataImportFields on DataImport {\n    id module status fileName fileFormat totalRows processedRows progress createdCount updatedCount duplicateCount errorCount warningCount\n    failure createdAt validatedAt finishedAt headers mapping options { owner ownerId duplicates allOrNothing }\n    fields { key label required hint choices } viewerCanUndo problemFileUrl createdBy { id name }\n  }\n": types.DataImportFieldsFragmentDoc,
    "\n  query DataImport($id: ID!) { dataImport(id: $id) { ...DataImportFields } }\n": types.DataImportDocument,
    "\n  query DataImportProblems($id: ID!, $first: Int, $offset: Int, $kind: ImportProblemKind) {\n    dataImport(id: $id) {\n      id problems(first: $first, offset: $offset, kind: $kind) { totalCount nodes { rowNumber kind cells messages { column message } } }\n    }\n  }\n": types.DataImportProblemsDocument,
    "\n  query DataImports($module: ImportModule, $first: Int, $offset: Int) {\n    dataImports(module: $module, first: $first, offset: $offset) {\n      totalCount nodes { id module status fileName createdAt finishedAt createdCount updatedCount duplicateCount errorCount problemFileUrl viewerCanUndo createdBy { id name } }\n    }\n  }\n": types.DataImportsDocument,
    "\n  mutation StartDataImport($id: ID!, $input: StartDataImportInput!) { startDataImport(id: $id, input: $input) { ...DataImportFields } }\n": types.StartDataImportDocument,
    "mutation CommitDataImport($id: ID!) { commitDataImport(id: $id) { ...DataImportFields } }": types.CommitDataImportDocument,
    "mutation CancelDataImport($id: ID!) { cancelDataImport(id: $id) { ...DataImportFields } }": types.CancelDataImportDocument,
    "mutation UndoDataImport($id: ID!) { undoDataImport(id: $id) { ...DataImportFields } }": types.UndoDataImportDocument,
    "\n  fragment LeadRowFields on Lead {\n    id name company mobile phone email source status nextContactAt convertedAt createdAt updatedAt deletedAt\n    owner { id name } customer { id code name } viewerCanEdit viewerCanManage viewerCanTransfer\n    customFields { key values display }\n  }\n": types.LeadRowFieldsFragmentDoc,
    "\n  query Leads($first: Int, $offset: Int, $after: String, $filter: LeadFilter, $orderBy: LeadOrder) {\n    leads(first: $first, offset: $offset, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount totalCountExact nodes { ...LeadRowFields } pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.LeadsDocument,
    "\n  query LeadDetail($id: ID!) {\n    lead(id: $id) {\n      ...LeadRowFields address remarks createdBy { id name }\n      history { id action changes createdAt actor { id name } people { id name } }\n    }\n  }\n": types.LeadDetailDocument,
    "mutation CreateLead($input: CreateLeadInput!) { createLead(input: $input) { id name } }": types.CreateLeadDocument,
    "mutation UpdateLead($id: ID!, $input: UpdateLeadInput!) { updateLead(id: $id, input: $input) { id } }": types.UpdateLeadDocument,
    "mutation DeleteLeads($ids: [ID!]!) { deleteLeads(ids: $ids) { ids } }": types.DeleteLeadsDocument,
    "mutation RestoreLeads($ids: [ID!]!) { restoreLeads(ids: $ids) { id } }": types.RestoreLeadsDocument,
    "\n  mutation TransferLeads($input: TransferLeadsInput!) { transferLeads(input: $input) { id owner { id name } } }\n": types.TransferLeadsDocument,
    "\n  mutation ConvertLeads($input: ConvertLeadsInput!) { convertLeads(input: $input) { id status customer { id code name } } }\n": types.ConvertLeadsDocument,
    "\n  mutation ExportLeadsLink($input: ExportLeadsInput!) { exportLeadsLink(input: $input) { ...ExportLinkFields } }\n": types.ExportLeadsLinkDocument,
    "fragment OffboardingCountsFields on OffboardingCounts { customers contacts opportunities contracts leads openTasks total }": types.OffboardingCountsFieldsFragmentDoc,
    "\n  query OffboardingPreview($userId: ID!) {\n    offboardingPreview(userId: $userId) { user { id name status } records { ...OffboardingCountsFields } }\n  }\n": types.OffboardingPreviewDocument,
    "\n  mutation OffboardUser($input: OffboardUserInput!) {\n    offboardUser(input: $input) {\n      user { id name status } successor { id name } customersReleased\n      transferred { ...OffboardingCountsFields } kept { ...OffboardingCountsFields }\n    }\n  }\n": types.OffboardUserDocument,
    "fragment StageFields on OpportunityStage { id name probability sort enabled }": types.StageFieldsFragmentDoc,
    "\n  fragment OpportunityRowFields on Opportunity {\n    id name amount category expectedCloseDate followUpDueAt updatedAt createdAt deletedAt probability stage { ...StageFields }\n    customer { id code name } owner { id name } viewerCanEdit viewerCanManage viewerCanTransfer\n    customFields { key values display }\n  }\n": types.OpportunityRowFieldsFragmentDoc,
    "query OpportunityStages { opportunityStages { ...StageFields } }": types.OpportunityStagesDocument,
    "query Opportunities($first: Int, $offset: Int, $after: String, $filter: OpportunityFilter, $orderBy: OpportunityOrder) {\n  opportunities(first: $first, offset: $offset, after: $after, filter: $filter, orderBy: $orderBy) { totalCount totalCountExact nodes { ...OpportunityRowFields } pageInfo { hasNextPage endCursor } } }": types.OpportunitiesDocument,
    "\n  query OpportunityDetail($id: ID!) {\n    opportunity(id: $id) {\n      ...OpportunityRowFields customerId partnerCustomerId partnerCustomer { id name } intentCategory purchaseReason purchaseForm budget requirements\n      executionTime competitors lostReason closedAt lastProgressAt createdBy { id name }\n      products { productId productName model unit quantity unitPrice amount }\n      contacts { id name position mobile }\n      progress { id content nextPlan countsAsContact createdAt author { id name } stage { sort name } }\n      history { id action changes createdAt actor { id name } people { id name } }\n      customFields { key values display }\n    }\n  }\n": types.OpportunityDetailDocument,
    "\n  query OpportunityBoard($filter: OpportunityFilter, $cards: Int) {\n    opportunityBoard(filter: $filter, cardsPerColumn: $cards) { totalCount totalAmount columns { stage { ...StageFields } count amount cards { ...OpportunityRowFields } } }\n  }\n": types.OpportunityBoardDocument,
    "query DueOpportunities($first: Int, $offset: Int, $after: String) {\n  opportunitiesDueForFollowUp(first: $first, offset: $offset, after: $after) { totalCount totalCountExact nodes { ...OpportunityRowFields } pageInfo { hasNextPage endCursor } }\n}": types.DueOpportunitiesDocument,
    "mutation CreateOpportunity($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }": types.CreateOpportunityDocument,
    "mutation UpdateOpportunity($id: ID!, $input: UpdateOpportunityInput!) { updateOpportunity(id: $id, input: $input) { id } }": types.UpdateOpportunityDocument,
    "\n  mutation UpdateOpportunityCategory($id: ID!, $input: UpdateOpportunityCategoryInput!) { updateOpportunityCategory(id: $id, input: $input) { id } }\n": types.UpdateOpportunityCategoryDocument,
    "mutation DeleteOpportunities($ids: [ID!]!) { deleteOpportunities(ids: $ids) { ids } }": types.DeleteOpportunitiesDocument,
    "mutation RestoreOpportunities($ids: [ID!]!) { restoreOpportunities(ids: $ids) { id } }": types.RestoreOpportunitiesDocument,
    "\n  mutation TransferOpportunities($input: TransferOpportunitiesInput!) { transferOpportunities(input: $input) { id owner { id name } } }\n": types.TransferOpportunitiesDocument,
    "mutation AddOpportunityProgress($input: AddOpportunityProgressInput!) { addOpportunityProgress(input: $input) { id } }": types.AddOpportunityProgressDocument,
    "\n  query OpportunityCustomerChoices($keyword: String, $type: CustomerType, $inPool: Boolean) {\n    customers(first: 20, filter: { keyword: $keyword, type: $type, inPool: $inPool }) { nodes { id code name } }\n  }\n": types.OpportunityCustomerChoicesDocument,
    "query OpportunityCustomerContacts($id: ID!) { customer(id: $id) { id contacts { id name position } } }": types.OpportunityCustomerContactsDocument,
    "\n  query CustomerOpportunities($id: ID!) { customer(id: $id) { id opportunities { ...OpportunityRowFields } } }\n": types.CustomerOpportunitiesDocument,
    "mutation CreateOpportunityStage($input: OpportunityStageInput!) { createOpportunityStage(input: $input) { id } }": types.CreateOpportunityStageDocument,
    "mutation UpdateOpportunityStage($id: ID!, $input: OpportunityStageInput!) { updateOpportunityStage(id: $id, input: $input) { id } }": types.UpdateOpportunityStageDocument,
    "fragment ProductRowFields on Product { id name model unit price status categoryId description deletedAt updatedAt category { id name } }": types.ProductRowFieldsFragmentDoc,
    "query Products($first: Int, $offset: Int, $after: String, $filter: ProductFilter) {\n  products(first: $first, offset: $offset, after: $after, filter: $filter) { totalCount totalCountExact nodes { ...ProductRowFields } pageInfo { hasNextPage endCursor } } }": types.ProductsDocument,
    "query ProductCategories { productCategories { id name parentId sort } }": types.ProductCategoriesDocument,
    "mutation CreateProduct($input: CreateProductInput!) { createProduct(input: $input) { id } }": types.CreateProductDocument,
    "mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { id } }": types.UpdateProductDocument,
    "mutation DeleteProducts($ids: [ID!]!) { deleteProducts(ids: $ids) { ids } }": types.DeleteProductsDocument,
    "mutation RestoreProducts($ids: [ID!]!) { restoreProducts(ids: $ids) { id } }": types.RestoreProductsDocument,
    "mutation CreateProductCategory($input: ProductCategoryInput!) { createProductCategory(input: $input) { id } }": types.CreateProductCategoryDocument,
    "mutation UpdateProductCategory($id: ID!, $input: ProductCategoryInput!) { updateProductCategory(id: $id, input: $input) { id } }": types.UpdateProductCategoryDocument,
    "mutation DeleteProductCategory($id: ID!) { deleteProductCategory(id: $id) }": types.DeleteProductCategoryDocument,
    "\n  fragment PoolSummaryFields on Pool {\n    id name isDefault recycleEnabled exemptDealCustomers exemptOpenOpportunities warnDays customerCount viewerCanList viewerCanClaim\n    viewerCanAdminister rules { level noFollowUpDays noOpportunityDays noDealDays }\n  }\n": types.PoolSummaryFieldsFragmentDoc,
    "query Pools { pools { ...PoolSummaryFields } }": types.PoolsDocument,
    "\n  query PoolsDetail {\n    pools { ...PoolSummaryFields administrators { id name } memberUsers { id name } memberDepartments { department { id name } includeChildren } }\n    poolSettings { maxOwnedCustomers maxClaimsPerDay reclaimBarDays maxLockedCustomers opportunityChecksAvailable contractChecksAvailable }\n  }\n": types.PoolsDetailDocument,
    "\n  query PoolCustomers($poolId: ID!, $filter: PoolCustomerFilter, $first: Int, $offset: Int, $after: String) {\n    poolCustomers(poolId: $poolId, filter: $filter, first: $first, offset: $offset, after: $after) {\n      totalCount totalCountExact pageInfo { hasNextPage endCursor }\n      nodes { id code name level region industry contactName poolReason poolNote poolEnteredAt previousOwner { id name } }\n    }\n  }\n": types.PoolCustomersDocument,
    "\n  query PoolClaimQuota { poolClaimQuota { ownedCustomers maxOwnedCustomers claimedToday maxClaimsPerDay reclaimBarDays } }\n": types.PoolClaimQuotaDocument,
    "\n  query PoolSettings { poolSettings { maxOwnedCustomers maxClaimsPerDay reclaimBarDays maxLockedCustomers opportunityChecksAvailable contractChecksAvailable } }\n": types.PoolSettingsDocument,
    "\n  query CustomerPool($id: ID!) {\n    customer(id: $id) {\n      id ownerId locked viewerCanManage poolReason poolNote poolEnteredAt previousOwner { id name }\n      pool { id name viewerCanClaim } poolHistory { id event reason note createdAt pool { id name } fromPool { id name } fromOwner { id name } toOwner { id name } actor { id name } }\n    }\n  }\n": types.CustomerPoolDocument,
    "mutation ClaimCustomers($ids: [ID!]!) { claimCustomers(ids: $ids) { id } }": types.ClaimCustomersDocument,
    "mutation AssignCustomers($ids: [ID!]!, $userId: ID!) { assignCustomers(ids: $ids, userId: $userId) { id } }": types.AssignCustomersDocument,
    "mutation ReturnCustomers($ids: [ID!]!, $reason: String!) { returnCustomersToPool(ids: $ids, reason: $reason) { id } }": types.ReturnCustomersDocument,
    "mutation MoveCustomers($ids: [ID!]!, $poolId: ID!) { moveCustomersToPool(ids: $ids, poolId: $poolId) { id } }": types.MoveCustomersDocument,
    "mutation CreatePool($input: CreatePoolInput!) { createPool(input: $input) { id } }": types.CreatePoolDocument,
    "mutation UpdatePool($id: ID!, $input: UpdatePoolInput!) { updatePool(id: $id, input: $input) { id } }": types.UpdatePoolDocument,
    "mutation UpdatePoolRules($poolId: ID!, $input: UpdatePoolRulesInput!) { updatePoolRules(poolId: $poolId, input: $input) { id } }": types.UpdatePoolRulesDocument,
    "mutation UpdatePoolSettings($input: UpdatePoolSettingsInput!) { updatePoolSettings(input: $input) { maxOwnedCustomers } }": types.UpdatePoolSettingsDocument,
    "query RecycleBin($first: Int, $offset: Int, $after: String, $filter: RecycleBinFilter!) {\n  recycleBin(first: $first, offset: $offset, after: $after, filter: $filter) {\n    totalCount totalCountExact pageInfo { hasNextPage endCursor }\n    nodes { id type code title deletedAt deletedBy { id name } viewerCanRestore deletedWithCount }\n  } }": types.RecycleBinDocument,
    "mutation RestoreRecords($input: RestoreRecordsInput!) { restoreRecords(input: $input) { type ids } }": types.RestoreRecordsDocument,
    "\n  query UserDirectory($keyword: String) { userDirectory(keyword: $keyword) { id name username } }\n": types.UserDirectoryDocument,
    "\n  query TransferTargets($module: String!, $keyword: String) { transferTargets(module: $module, keyword: $keyword) { id name username } }\n": types.TransferTargetsDocument,
    "\n  query CustomFields($module: String!, $withDisabled: Boolean) {\n    customFields(module: $module, withDisabled: $withDisabled) {\n      id module key label type required enabled sortOrder dictionaryKind viewerMode options { id code name path enabled }\n    }\n  }\n": types.CustomFieldsDocument,
    "\n  query Dictionaries { dictionaries { kind name tree options { id kind code name parentId path sortOrder enabled } } }\n": types.DictionariesDocument,
    "query MyFieldPermissions { myFieldPermissions { module field mode } }": types.MyFieldPermissionsDocument,
    "\n  query Me {\n    me { permissions readableModules mustChangePassword superAdmin supervisesOthers user { id username name departmentId phone email address status } }\n  }\n": types.MeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AttachmentFields on Attachment { id fileName size mimeType url }"): typeof import('./graphql').AttachmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id content createdAt unread replyToId viewerCanReply author { id name username } target { type id title }\n  }\n"): typeof import('./graphql').CommentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUpFields on FollowUp {\n    id parentType parentId subject method participants objective result nextStep occurredAt nextContactAt substantive createdAt\n    viewerCanEdit commentCount unreadCommentCount author { id name username } parent { type id title }\n    attachments { ...AttachmentFields }\n  }\n"): typeof import('./graphql').FollowUpFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpDetail($id: ID!) { followUp(id: $id) { ...FollowUpFields comments { ...CommentFields } } }\n"): typeof import('./graphql').FollowUpDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUps($filter: FollowUpFilter, $first: Int, $offset: Int) {\n    followUps(filter: $filter, first: $first, offset: $offset) { totalCount totalCountExact nodes { ...FollowUpFields } }\n  }\n"): typeof import('./graphql').FollowUpsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFollowUp($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id } }\n"): typeof import('./graphql').CreateFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFollowUp($id: ID!, $input: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $input) { id } }\n"): typeof import('./graphql').UpdateFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteFollowUp($id: ID!) { deleteFollowUp(id: $id) { ids } }"): typeof import('./graphql').DeleteFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteAttachment($id: ID!) { deleteAttachment(id: $id) { ids } }"): typeof import('./graphql').DeleteAttachmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOn($input: CommentOnInput!) { commentOn(input: $input) { id } }\n"): typeof import('./graphql').CommentOnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToComment($input: ReplyToCommentInput!) { replyToComment(input: $input) { id } }\n"): typeof import('./graphql').ReplyToCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkCommentsRead($targetType: String!, $targetId: ID!) { markCommentsRead(targetType: $targetType, targetId: $targetId) }\n"): typeof import('./graphql').MarkCommentsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnreadCommentCount { unreadCommentCount }"): typeof import('./graphql').UnreadCommentCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Timeline($targetType: String!, $targetId: ID!, $first: Int, $kinds: [String!]) {\n    timeline(targetType: $targetType, targetId: $targetId, first: $first, kinds: $kinds) {\n      totalCount pageInfo { hasNextPage }\n      nodes {\n        id kind entityId at targetType targetId title summary status\n        actor { id name username } target { type id title }\n        followUp { ...FollowUpFields }\n        comment { ...CommentFields }\n        auditEntry { id action entityType entityId changes }\n      }\n    }\n    timelineKinds\n  }\n"): typeof import('./graphql').TimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MentionDirectory($keyword: String) { userDirectory(keyword: $keyword) { id name username } }"): typeof import('./graphql').MentionDirectoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnreadNotificationCount { unreadNotificationCount }"): typeof import('./graphql').UnreadNotificationCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int, $offset: Int, $unreadOnly: Boolean) {\n    notifications(first: $first, offset: $offset, unreadOnly: $unreadOnly) {\n      totalCount totalCountExact nodes { id kind title body entityType entityId readAt createdAt }\n    }\n  }\n"): typeof import('./graphql').NotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkAllNotificationsRead { markAllNotificationsRead }"): typeof import('./graphql').MarkAllNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InsightPersonFields on InsightPerson { id username name status departmentId departmentName }"): typeof import('./graphql').InsightPersonFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BriefFields on BriefFigures {\n    newCustomers newContacts newOpportunities newOpportunityAmount newContracts contractAmount receivables receivableAmount followUps substantiveFollowUps\n  }\n"): typeof import('./graphql').BriefFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment KpiFigureFields on KpiFigure { metric target actual completion }"): typeof import('./graphql').KpiFigureFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InsightStageFields on OpportunityStage { id name sort probability }"): typeof import('./graphql').InsightStageFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsightScope { insightScope { everyone canSetTargets people { ...InsightPersonFields } departments { id name parentId } } }\n"): typeof import('./graphql').InsightScopeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Dashboard($filter: InsightFilter, $metric: KpiMetric!) { dashboard(filter: $filter) {\n  period { preset from to start end previousFrom previousTo months }\n  selection { everyone department { id name parentId } person { ...InsightPersonFields } }\n  brief { current { ...BriefFields } previous { ...BriefFields } }\n  kpi { months figures { ...KpiFigureFields } people { person { ...InsightPersonFields } figures { ...KpiFigureFields } } }\n  funnel {\n    stages { stage { ...InsightStageFields } count amount weightedAmount } categories { category count amount weightedAmount }\n    open { count amount weightedAmount } won { count amount } lost { count amount } conversion { stage { ...InsightStageFields } reached conversion }\n  }\n  trend { month contractAmount receivableAmount newCustomers lastYearContractAmount lastYearReceivableAmount lastYearNewCustomers }\n  ranking(metric: $metric) { metric people { rank person { ...InsightPersonFields } value } departments { rank department { id name } value } }\n} }"): typeof import('./graphql').DashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InsightSelection($filter: InsightFilter) { dashboard(filter: $filter) {\n  period { preset from to start end months } selection { everyone department { id name parentId } person { ...InsightPersonFields } } ownerIds\n} }"): typeof import('./graphql').InsightSelectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySubmittedApprovals($first: Int, $offset: Int, $documentType: ApprovalDocumentType) {\n    mySubmittedApprovals(first: $first, offset: $offset, documentType: $documentType) {\n      totalCount\n      nodes {\n        id documentType status flowName createdAt decidedAt\n        contract { id code title amount customer { id name } } receivable { id code amount }\n        ownershipRequest { id customerCode customerName reason customer { id } }\n        steps { id position name status approverLabel decidedBy { id name } }\n      }\n    }\n  }\n"): typeof import('./graphql').MySubmittedApprovalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDecidedApprovals($first: Int, $offset: Int, $documentType: ApprovalDocumentType) {\n    myDecidedApprovals(first: $first, offset: $offset, documentType: $documentType) {\n      totalCount\n      nodes {\n        id documentType position name status comment decidedAt\n        approval { id status submitter { id name } }\n        contract { id code title amount customer { id name } } receivable { id code amount }\n        ownershipRequest { id customerCode customerName reason customer { id } }\n      }\n    }\n  }\n"): typeof import('./graphql').MyDecidedApprovalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactDetail($id: ID!) {\n    contact(id: $id) { ...ContactFields createdAt customer { id code name viewerCanEdit } }\n  }\n"): typeof import('./graphql').ContactDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerFinance($customerId: ID!) {\n    contracts(first: 50, filter: { customerId: $customerId }) {\n      nodes { id code title status paymentPlans { id term amount plannedDate receivedAmount } }\n    }\n    receivables(first: 10, filter: { customerId: $customerId }) { totalCount nodes { id code amount receivedDate status } }\n  }\n"): typeof import('./graphql').CustomerFinanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiTokens { apiTokens { id name prefix expiresAt revokedAt lastUsedAt createdAt } }"): typeof import('./graphql').ApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id } } }\n"): typeof import('./graphql').CreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeApiToken($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }"): typeof import('./graphql').RevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { id phone email address } }\n"): typeof import('./graphql').UpdateMyProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReceivableRowFields on Receivable {\n    id code amount receivedDate method status remarks createdAt\n    contract { id code title customer { id name } owner { id name } } plan { id term } recordedBy { id name }\n  }\n"): typeof import('./graphql').ReceivableRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Receivables($first: Int, $offset: Int, $after: String, $filter: ReceivableFilter, $orderBy: ReceivableOrder) {\n    receivables(first: $first, offset: $offset, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount totalCountExact nodes { ...ReceivableRowFields } pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').ReceivablesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReceivableDetail($id: ID!) {\n    receivable(id: $id) { ...ReceivableRowFields plan { id term amount plannedDate } approvals { ...ApprovalRunFields } }\n  }\n"): typeof import('./graphql').ReceivableDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReceivableContractOptions($keyword: String) { contracts(first: 20, filter: { keyword: $keyword }) { nodes { id code title } } }\n"): typeof import('./graphql').ReceivableContractOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportRowFields on Report {\n    id kind subject periodStart periodEnd createdAt unread readCount commentCount unreadCommentCount\n    author { id name username } recipients { user { id name username } readAt }\n  }\n"): typeof import('./graphql').ReportRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportDetailFields on Report {\n    ...ReportRowFields content viewerCanEdit attachments { ...AttachmentFields } comments { ...CommentFields }\n  }\n"): typeof import('./graphql').ReportDetailFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Reports($filter: ReportFilter, $first: Int, $offset: Int) {\n    reports(filter: $filter, first: $first, offset: $offset) { totalCount nodes { ...ReportRowFields } }\n  }\n"): typeof import('./graphql').ReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReceivedReports($unreadOnly: Boolean, $kind: ReportKind, $first: Int, $offset: Int) {\n    myReceivedReports(unreadOnly: $unreadOnly, kind: $kind, first: $first, offset: $offset) { totalCount nodes { ...ReportRowFields } }\n  }\n"): typeof import('./graphql').ReceivedReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportDetail($id: ID!) { report(id: $id) { ...ReportDetailFields } }"): typeof import('./graphql').ReportDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportDraft($kind: ReportKind!, $date: String) {\n    reportDraft(kind: $kind, date: $date) {\n      kind periodStart periodEnd subject content leader { id name username } existingReportId\n      sections { section title }\n      figures { from to followUps substantiveFollowUps newCustomers opportunitiesMoved stageChanges newContracts contractAmount receivables receivableAmount }\n    }\n  }\n"): typeof import('./graphql').ReportDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateReport($input: CreateReportInput!) { createReport(input: $input) { id } }"): typeof import('./graphql').CreateReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateReport($id: ID!, $input: UpdateReportInput!) { updateReport(id: $id, input: $input) { ...ReportDetailFields } }"): typeof import('./graphql').UpdateReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteReport($id: ID!) { deleteReport(id: $id) { ids } }"): typeof import('./graphql').DeleteReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkReportRead($id: ID!) { markReportRead(id: $id) { ...ReportDetailFields } }"): typeof import('./graphql').MarkReportReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScheduleEntryFields on ScheduleEntry {\n    id title description startAt endAt allDay reminderMinutes source followUpId viewerCanEdit\n    owner { id name username } participants { id name username } related { type id title }\n  }\n"): typeof import('./graphql').ScheduleEntryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduleEntries($from: DateTimeISO!, $to: DateTimeISO!, $userId: ID) { scheduleEntries(from: $from, to: $to, userId: $userId) { ...ScheduleEntryFields } }\n"): typeof import('./graphql').ScheduleEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScheduleEntry($id: ID!) { scheduleEntry(id: $id) { ...ScheduleEntryFields } }"): typeof import('./graphql').ScheduleEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateScheduleEntry($input: CreateScheduleEntryInput!) { createScheduleEntry(input: $input) { ...ScheduleEntryFields } }\n"): typeof import('./graphql').CreateScheduleEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateScheduleEntry($id: ID!, $input: UpdateScheduleEntryInput!) { updateScheduleEntry(id: $id, input: $input) { ...ScheduleEntryFields } }\n"): typeof import('./graphql').UpdateScheduleEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteScheduleEntry($id: ID!) { deleteScheduleEntry(id: $id) { ids } }"): typeof import('./graphql').DeleteScheduleEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CadenceSettings { cadenceSettings { shortTermFollowUpDays midTermFollowUpDays longTermFollowUpDays paymentPlanReminderDays taskReminderDays followUpReminderMinutes } }\n"): typeof import('./graphql').CadenceSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCadenceSettings($input: UpdateCadenceSettingsInput!) {\n    updateCadenceSettings(input: $input) { shortTermFollowUpDays midTermFollowUpDays longTermFollowUpDays paymentPlanReminderDays taskReminderDays followUpReminderMinutes }\n  }\n"): typeof import('./graphql').UpdateCadenceSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomField($input: CreateCustomFieldInput!) { createCustomField(input: $input) { id key } }\n"): typeof import('./graphql').CreateCustomFieldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomField($id: ID!, $input: UpdateCustomFieldInput!) { updateCustomField(id: $id, input: $input) { id label required enabled sortOrder } }\n"): typeof import('./graphql').UpdateCustomFieldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderCustomFields($module: String!, $ids: [ID!]!) { reorderCustomFields(module: $module, ids: $ids) { id sortOrder } }\n"): typeof import('./graphql').ReorderCustomFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDictionaryOption($input: AddDictionaryOptionInput!) { addDictionaryOption(input: $input) { id name enabled } }\n"): typeof import('./graphql').AddDictionaryOptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDictionaryOption($id: ID!, $input: UpdateDictionaryOptionInput!) { updateDictionaryOption(id: $id, input: $input) { id name enabled } }\n"): typeof import('./graphql').UpdateDictionaryOptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderDictionaryOptions($input: ReorderDictionaryOptionsInput!) { reorderDictionaryOptions(input: $input) { id sortOrder } }\n"): typeof import('./graphql').ReorderDictionaryOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NumberingRules { numberingRules { module prefix datePart resetPeriod sequenceLength nextNumber updatedAt } }\n"): typeof import('./graphql').NumberingRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNumberingRule($module: String!, $input: UpdateNumberingRuleInput!) {\n    updateNumberingRule(module: $module, input: $input) { module prefix datePart resetPeriod sequenceLength nextNumber updatedAt }\n  }\n"): typeof import('./graphql').UpdateNumberingRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExportStatistics($report: StatisticsReport!, $filter: InsightFilter, $basis: CustomerBasis, $month: String) {\n  exportStatistics(report: $report, filter: $filter, basis: $basis, month: $month) { fileName mimeType contentBase64 } }"): typeof import('./graphql').ExportStatisticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplianceRulesFields on ComplianceRules {\n    requiredFields coreDealMonths highGrowthContactDays coreShortDays coreMidDays highGrowthDays minCore minHighGrowth reminderDays\n  }\n"): typeof import('./graphql').ComplianceRulesFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ComplianceReport($filter: ComplianceFilter) { complianceReport(filter: $filter) {\n  rules { ...ComplianceRulesFields } totals { people behind customers core highGrowth overdue dueSoon criteria }\n  people { person { ...InsightPersonFields } behind customers core highGrowth overdue dueSoon criteria }\n  departments { department { id name } people behind customers core highGrowth overdue dueSoon criteria } } }"): typeof import('./graphql').ComplianceReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ComplianceCustomers($filter: ComplianceFilter, $state: ComplianceState, $first: Int, $offset: Int) {\n  complianceCustomers(filter: $filter, state: $state, first: $first, offset: $offset) { totalCount\n    nodes { id code name level type owner { ...InsightPersonFields } rule intervalDays lastContactAt dueAt overdueDays problems missingFields } } }"): typeof import('./graphql').ComplianceCustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ComplianceMonthly($month: String!, $filter: ComplianceFilter) { complianceMonthly(month: $month, filter: $filter) {\n  month rows { person { ...InsightPersonFields } behind customers core highGrowth overdue dueSoon criteria followUps substantive newCustomers contractAmount receivableAmount } } }"): typeof import('./graphql').ComplianceMonthlyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ComplianceRules { complianceRules { ...ComplianceRulesFields } }"): typeof import('./graphql').ComplianceRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateComplianceRules($input: UpdateComplianceRulesInput!) { updateComplianceRules(input: $input) { ...ComplianceRulesFields } }\n"): typeof import('./graphql').UpdateComplianceRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContractReport($filter: InsightFilter) { statistics(filter: $filter) { contracts {\n  contracts amount received overdueTotal months { month planned received }\n  overduePlans { planId contractId contractCode contractTitle term plannedDate planned received outstanding owner { ...InsightPersonFields } }\n  byPerson { person { ...InsightPersonFields } contracts amount received outstanding } } } }"): typeof import('./graphql').ContractReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomerReport($filter: InsightFilter, $basis: CustomerBasis) { statistics(filter: $filter) { customers(basis: $basis) {\n  total byLevel { key count } byType { key count } bySource { key count } byIndustry { key count } byRegion { key count } newByMonth { month count } } } }"): typeof import('./graphql').CustomerReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FollowUpReport($filter: InsightFilter) { statistics(filter: $filter) { followUps {\n  total substantive byMethod { key count extra } byPerson { person { ...InsightPersonFields } count substantive } } } }"): typeof import('./graphql').FollowUpReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpportunityReport($filter: InsightFilter) { statistics(filter: $filter) { opportunities {\n  created byStage { stage { sort name } count amount } byCategory { key count amount } won { count amount } lost { count amount }\n  lossReasons { key count amount } monthly { month longTerm midTerm shortTerm won lost } } } }"): typeof import('./graphql').OpportunityReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductReport($filter: InsightFilter) { statistics(filter: $filter) { products {\n  amount byProduct { id name contracts quantity amount } byCategory { id name contracts quantity amount } } } }"): typeof import('./graphql').ProductReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FigureCustomers($filter: CustomerFilter, $first: Int, $offset: Int) { customers(filter: $filter, first: $first, offset: $offset, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount nodes { id code name level owner { name } createdAt } } }"): typeof import('./graphql').FigureCustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FigureContacts($filter: ContactFilter, $first: Int, $offset: Int) { contacts(filter: $filter, first: $first, offset: $offset) {\n      totalCount nodes { id name position customer { id name } owner { name } createdAt } } }"): typeof import('./graphql').FigureContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FigureOpportunities($filter: OpportunityFilter, $first: Int, $offset: Int) { opportunities(filter: $filter, first: $first, offset: $offset, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount nodes { id name amount category customer { id name } owner { name } createdAt } } }"): typeof import('./graphql').FigureOpportunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FigureContracts($filter: ContractFilter, $first: Int, $offset: Int) { contracts(filter: $filter, first: $first, offset: $offset, orderBy: { field: SIGN_DATE, direction: DESC }) {\n      totalCount nodes { id code title amount signDate customer { id name } owner { name } } } }"): typeof import('./graphql').FigureContractsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FigureReceivables($filter: ReceivableFilter, $first: Int, $offset: Int) { receivables(filter: $filter, first: $first, offset: $offset, orderBy: { field: RECEIVED_DATE, direction: DESC }) {\n      totalCount nodes { id code amount receivedDate contract { id code title } } } }"): typeof import('./graphql').FigureReceivablesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FigureFollowUps($filter: FollowUpFilter, $first: Int, $offset: Int) { followUps(filter: $filter, first: $first, offset: $offset) {\n      totalCount nodes { id subject result substantive occurredAt author { name } parent { type id title } } } }"): typeof import('./graphql').FigureFollowUpsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TargetSubjects { targetSubjects { departments { id name parentId } people { ...InsightPersonFields } }\n  me { user { id name departmentId } } }"): typeof import('./graphql').TargetSubjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KpiTargets($type: KpiSubject!, $id: ID!, $year: Int!) { kpiTargets(subjectType: $type, subjectId: $id, year: $year) {\n  subjectName editable own { month metric value } effective { month metric value } } }"): typeof import('./graphql').KpiTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetKpiTargets($input: SetKpiTargetsInput!) { setKpiTargets(input: $input) { subjectName } }"): typeof import('./graphql').SetKpiTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SupervisedPersonFields on SupervisedPerson { id username name status departmentId departmentName }"): typeof import('./graphql').SupervisedPersonFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionScope {\n    supervisionScope { supervisesOthers people { ...SupervisedPersonFields } departments { id name parentId } }\n  }\n"): typeof import('./graphql').SupervisionScopeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionOverview($filter: SupervisionFilter, $orderBy: PersonActivityOrder, $first: Int, $offset: Int) {\n    supervisionOverview(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset) {\n      totalCount\n      totals { followUps substantiveFollowUps openTasks overdueTasks reports }\n      nodes {\n        person { ...SupervisedPersonFields }\n        followUps substantiveFollowUps openTasks overdueTasks reports lastFollowUpAt\n      }\n    }\n  }\n"): typeof import('./graphql').SupervisionOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisedFollowUps($filter: SupervisedFollowUpFilter, $first: Int, $offset: Int) {\n    supervisedFollowUps(filter: $filter, first: $first, offset: $offset) { totalCount nodes { ...FollowUpFields } }\n  }\n"): typeof import('./graphql').SupervisedFollowUpsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisedTasks($filter: SupervisedTaskFilter, $first: Int, $offset: Int) {\n    supervisedTasks(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      nodes { id title description dueAt priority status overdue completedAt createdAt assignee { id name username } createdBy { id name username } related { type id title } }\n    }\n  }\n"): typeof import('./graphql').SupervisedTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisedReports($filter: SupervisedReportFilter, $first: Int, $offset: Int) {\n    supervisedReports(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      nodes { id kind subject periodStart periodEnd createdAt unread readCount commentCount unreadCommentCount author { id name username } recipients { user { id name username } readAt } }\n    }\n  }\n"): typeof import('./graphql').SupervisedReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonNow($userId: ID!) {\n    personNow(userId: $userId) {\n      person { ...SupervisedPersonFields }\n      lastLoginAt openTaskCount overdueTaskCount\n      todaySchedule { id title startAt endAt allDay }\n      openTasks { id title dueAt overdue priority }\n      latestFollowUps { ...FollowUpFields }\n      latestReports { id kind subject createdAt }\n    }\n  }\n"): typeof import('./graphql').PersonNowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskOpportunityOptions($keyword: String) { opportunities(first: 20, filter: { keyword: $keyword }) { nodes { id name } } }\n"): typeof import('./graphql').TaskOpportunityOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskFields on Task {\n    id title description dueAt priority status overdue completedAt createdAt viewerCanEdit viewerCanChangeStatus relatedType relatedId\n    assignee { id name username } createdBy { id name username } related { type id title }\n  }\n"): typeof import('./graphql').TaskFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTasks {\n    myTasks {\n      inboxCount todayCount nextCount futureCount\n      inbox { ...TaskFields } today { ...TaskFields } next { ...TaskFields } future { ...TaskFields }\n    }\n  }\n"): typeof import('./graphql').MyTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tasks($filter: TaskFilter, $first: Int, $offset: Int, $orderBy: TaskOrder) {\n    tasks(filter: $filter, first: $first, offset: $offset, orderBy: $orderBy) { totalCount nodes { ...TaskFields } }\n  }\n"): typeof import('./graphql').TasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Task($id: ID!) { task(id: $id) { ...TaskFields } }"): typeof import('./graphql').TaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateTask($input: CreateTaskInput!) { createTask(input: $input) { ...TaskFields } }"): typeof import('./graphql').CreateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateTask($id: ID!, $input: UpdateTaskInput!) { updateTask(id: $id, input: $input) { ...TaskFields } }"): typeof import('./graphql').UpdateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetTaskStatus($id: ID!, $status: TaskStatus!) { setTaskStatus(id: $id, status: $status) { ...TaskFields } }"): typeof import('./graphql').SetTaskStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteTasks($ids: [ID!]!) { deleteTasks(ids: $ids) { ids } }"): typeof import('./graphql').DeleteTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) { changePassword(oldPassword: $oldPassword, newPassword: $newPassword) { id } }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminDepartments { departments { id name parentId enabled sortOrder headId head { id name } } }\n"): typeof import('./graphql').AdminDepartmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Positions($departmentId: ID!) { positions(departmentId: $departmentId) { id name departmentId } }"): typeof import('./graphql').PositionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateDepartment($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }"): typeof import('./graphql').CreateDepartmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateDepartment($id: ID!, $input: UpdateDepartmentInput!) { updateDepartment(id: $id, input: $input) { id } }"): typeof import('./graphql').UpdateDepartmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DisableDepartment($id: ID!) { disableDepartment(id: $id) { id enabled } }"): typeof import('./graphql').DisableDepartmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EnableDepartment($id: ID!) { enableDepartment(id: $id) { id enabled } }"): typeof import('./graphql').EnableDepartmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePosition($input: CreatePositionInput!) { createPosition(input: $input) { id } }"): typeof import('./graphql').CreatePositionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePosition($id: ID!, $input: UpdatePositionInput!) { updatePosition(id: $id, input: $input) { id } }"): typeof import('./graphql').UpdatePositionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int, $offset: Int, $filter: UserFilter) {\n    users(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      nodes {\n        id username name status mustChangePassword phone email address lastLoginAt createdAt departmentId positionId\n        department { id name } position { id name } roles { id name } viewerCanAdminister viewerCanResetPassword\n      }\n    }\n  }\n"): typeof import('./graphql').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }"): typeof import('./graphql').UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EnableUser($id: ID!) { enableUser(id: $id) { id status } }"): typeof import('./graphql').EnableUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetPassword($id: ID!, $newPassword: String!) { resetPassword(id: $id, newPassword: $newPassword) { id } }"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roles($assignable: Boolean) {\n    roles(assignable: $assignable) {\n      id name code description builtin permissions viewerCanEdit\n      defaultScope { read write transfer }\n      moduleScopes { module read write transfer }\n      customDepartments { departmentId includeChildren department { id name } }\n      fieldPermissions { module field mode }\n    }\n  }\n"): typeof import('./graphql').RolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionCatalog { permissionCatalog { groups { name permissions } modules scopeLevels fieldModules { module label labelEn fields { key label labelEn mask } } } }"): typeof import('./graphql').PermissionCatalogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateRole($input: CreateRoleInput!) { createRole(input: $input) { id } }"): typeof import('./graphql').CreateRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateRole($id: ID!, $input: UpdateRoleInput!) { updateRole(id: $id, input: $input) { id } }"): typeof import('./graphql').UpdateRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogs($first: Int, $offset: Int, $filter: AuditLogFilter) {\n    auditLogs(first: $first, offset: $offset, filter: $filter) { totalCount nodes { id action entityType entityId changes ip createdAt actor { id name } people { id name } } }\n  }\n"): typeof import('./graphql').AuditLogsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoginLogs($first: Int, $offset: Int, $filter: LoginLogFilter) {\n    loginLogs(first: $first, offset: $offset, filter: $filter) { totalCount nodes { id username userId success reason ip userAgent createdAt } }\n  }\n"): typeof import('./graphql').LoginLogsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContractRowFields on Contract {\n    id code title status amount receivedAmount outstandingAmount signDate customerId customer { id name } owner { id name } updatedAt\n    viewerCanDelete viewerCanTransfer\n    customFields { key values display }\n  }\n"): typeof import('./graphql').ContractRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApprovalRunFields on Approval {\n    id documentType status flowName createdAt decidedAt submitter { id name }\n    steps { id position name approverType approverLabel status comment activatedAt decidedAt decidedBy { id name } approvers { id name } }\n  }\n"): typeof import('./graphql').ApprovalRunFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Contracts($first: Int, $offset: Int, $after: String, $filter: ContractFilter, $orderBy: ContractOrder) {\n  contracts(first: $first, offset: $offset, after: $after, filter: $filter, orderBy: $orderBy) { totalCount totalCountExact nodes { ...ContractRowFields } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').ContractsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractDetail($id: ID!) {\n    contract(id: $id) {\n      ...ContractRowFields opportunityId opportunity { id name } startDate endDate remarks submittedAt approvedAt paidAt voidedAt voidReason createdAt createdBy { id name }\n      viewerCanEdit viewerCanSubmit viewerCanVoid viewerCanRecordReceivable viewerCanEditPlans\n      lines { id productId productName model unit quantity unitPrice amount }\n      paymentPlans { id term amount plannedDate method reminderDays remarks receivedAmount }\n      receivables { id code amount receivedDate method status remarks planId recordedBy { id name } createdAt approvals { ...ApprovalRunFields } }\n      approvals { ...ApprovalRunFields }\n      history { id action entityType entityId changes createdAt actor { id name } people { id name } }\n      customFields { key values display }\n    }\n  }\n"): typeof import('./graphql').ContractDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateContract($input: CreateContractInput!) { createContract(input: $input) { id code } }"): typeof import('./graphql').CreateContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateContract($id: ID!, $input: UpdateContractInput!) { updateContract(id: $id, input: $input) { id } }"): typeof import('./graphql').UpdateContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteContracts($ids: [ID!]!) { deleteContracts(ids: $ids) { ids } }"): typeof import('./graphql').DeleteContractsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitContract($id: ID!) { submitContract(id: $id) { id status } }"): typeof import('./graphql').SubmitContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VoidContract($id: ID!, $reason: String!) { voidContract(id: $id, reason: $reason) { id status } }"): typeof import('./graphql').VoidContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransferContracts($input: TransferContractsInput!) { transferContracts(input: $input) { id } }"): typeof import('./graphql').TransferContractsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePaymentPlan($input: CreatePaymentPlanInput!) { createPaymentPlan(input: $input) { id } }"): typeof import('./graphql').CreatePaymentPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePaymentPlan($id: ID!, $input: UpdatePaymentPlanInput!) { updatePaymentPlan(id: $id, input: $input) { id } }"): typeof import('./graphql').UpdatePaymentPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeletePaymentPlan($id: ID!) { deletePaymentPlan(id: $id) }"): typeof import('./graphql').DeletePaymentPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateReceivable($input: CreateReceivableInput!) { createReceivable(input: $input) { id code status } }"): typeof import('./graphql').CreateReceivableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteReceivables($ids: [ID!]!) { deleteReceivables(ids: $ids) { ids } }"): typeof import('./graphql').DeleteReceivablesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractCustomerOptions($keyword: String) { customers(first: 20, filter: { keyword: $keyword, inPool: false }) { nodes { id code name } } }\n"): typeof import('./graphql').ContractCustomerOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPendingApprovals($first: Int, $offset: Int) {\n    myPendingApprovals(first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id documentType position name activatedAt\n        approval { id createdAt submitter { id name } steps { id } }\n        contract { id code title amount status customer { id name } owner { id name } }\n        receivable { id code amount receivedDate method }\n        ownershipRequest { id customerCode customerName ownerName departmentName reason withContacts withOpportunities withContracts }\n      }\n    }\n  }\n"): typeof import('./graphql').MyPendingApprovalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyPendingApprovalCount { myPendingApprovalCount }"): typeof import('./graphql').MyPendingApprovalCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveApproval($id: ID!, $comment: String) { approveApproval(id: $id, comment: $comment) { id status } }"): typeof import('./graphql').ApproveApprovalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RejectApproval($id: ID!, $comment: String!) { rejectApproval(id: $id, comment: $comment) { id status } }"): typeof import('./graphql').RejectApprovalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalFlows {\n    approvalFlows {\n      id documentType name enabled version updatedAt updatedBy { id name } steps { position name approverType roleId userId roleName user { id name } }\n      fallbackUserId fallbackUser { id name } warnings { position stepName reason covered }\n    }\n    approvalRoleOptions { id name }\n  }\n"): typeof import('./graphql').ApprovalFlowsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApprovalUserOptions($keyword: String) { approvalUserOptions(keyword: $keyword) { id name username } }"): typeof import('./graphql').ApprovalUserOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveApprovalFlow($input: SaveApprovalFlowInput!) { saveApprovalFlow(input: $input) { id version } }"): typeof import('./graphql').SaveApprovalFlowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractProductOptions($keyword: String) { products(first: 20, filter: { keyword: $keyword, status: ACTIVE }) { nodes { id name model unit price } } }\n"): typeof import('./graphql').ContractProductOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractOpportunityOptions($customerId: ID) { opportunities(first: 50, filter: { customerId: $customerId }) { nodes { id name category } } }\n"): typeof import('./graphql').ContractOpportunityOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerRowFields on Customer {\n    id code name type level industry source region contactName mobile dealStatus locked lastFollowUpAt createdAt updatedAt deletedAt\n    owner { id name } viewerCanEdit viewerCanManage viewerCanTransfer\n    customFields { key values display }\n  }\n"): typeof import('./graphql').CustomerRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactFields on Contact {\n    id customerId name department position mobile phone email wechat birthday remarks isPrimary updatedAt owner { id name }\n    customFields { key values display }\n  }\n"): typeof import('./graphql').ContactFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Customers($first: Int, $offset: Int, $after: String, $filter: CustomerFilter, $orderBy: CustomerOrder) {\n  customers(first: $first, offset: $offset, after: $after, filter: $filter, orderBy: $orderBy) { totalCount totalCountExact nodes { ...CustomerRowFields } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').CustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerDetail($id: ID!) {\n    customer(id: $id) {\n      ...CustomerRowFields address postcode profile contactPosition phone email website remarks nextFollowUpAt\n      createdBy { id name }\n      contacts { ...ContactFields }\n      team { userId canEdit createdAt user { id name username } }\n      history { id action entityType entityId changes createdAt actor { id name } people { id name } }\n      sourceLeads { id name }\n    }\n  }\n"): typeof import('./graphql').CustomerDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { id code } }\n"): typeof import('./graphql').CreateCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id } }\n"): typeof import('./graphql').UpdateCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteCustomers($ids: [ID!]!) { deleteCustomers(ids: $ids) { ids } }"): typeof import('./graphql').DeleteCustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RestoreCustomers($ids: [ID!]!) { restoreCustomers(ids: $ids) { id } }"): typeof import('./graphql').RestoreCustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LockCustomers($ids: [ID!]!) { lockCustomers(ids: $ids) { id locked } }"): typeof import('./graphql').LockCustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnlockCustomers($ids: [ID!]!) { unlockCustomers(ids: $ids) { id locked } }"): typeof import('./graphql').UnlockCustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferCustomers($input: TransferCustomersInput!) { transferCustomers(input: $input) { id owner { id name } } }\n"): typeof import('./graphql').TransferCustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTeamMember($customerId: ID!, $userId: ID!, $canEdit: Boolean!) {\n    setCustomerTeamMember(customerId: $customerId, userId: $userId, canEdit: $canEdit) { userId canEdit }\n  }\n"): typeof import('./graphql').SetTeamMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTeamMember($customerId: ID!, $userId: ID!) { removeCustomerTeamMember(customerId: $customerId, userId: $userId) }\n"): typeof import('./graphql').RemoveTeamMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Contacts($first: Int, $offset: Int, $after: String, $filter: ContactFilter) {\n  contacts(first: $first, offset: $offset, after: $after, filter: $filter) { totalCount totalCountExact nodes { ...ContactFields customer { id code name } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').ContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateContact($input: CreateContactInput!) { createContact(input: $input) { id } }"): typeof import('./graphql').CreateContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateContact($id: ID!, $input: UpdateContactInput!) { updateContact(id: $id, input: $input) { id } }"): typeof import('./graphql').UpdateContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteContacts($ids: [ID!]!) { deleteContacts(ids: $ids) { ids } }"): typeof import('./graphql').DeleteContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DuplicateCustomers($input: DuplicateSearchInput!) {\n    duplicateCustomers(input: $input) { code name ownerName departmentName matchedBy viewerIsOwner }\n  }\n"): typeof import('./graphql').DuplicateCustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestOwnership($input: RequestOwnershipInput!) { requestOwnership(input: $input) { id status customerCode } }\n"): typeof import('./graphql').RequestOwnershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergeCandidate($id: ID!) {\n    customer(id: $id) {\n      id code createdAt owner { id name }\n      name type level industry source region address postcode profile contactName contactPosition mobile phone email website remarks\n    }\n  }\n"): typeof import('./graphql').MergeCandidateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeCustomers($input: MergeCustomersInput!) { mergeCustomers(input: $input) { kept { id code name } mergedIds } }\n"): typeof import('./graphql').MergeCustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Departments { departments { id name parentId enabled sortOrder headId } }\n"): typeof import('./graphql').DepartmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ExportLinkFields on ExportLink { url fileName count }"): typeof import('./graphql').ExportLinkFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportCustomersLink($input: ExportCustomersInput!) { exportCustomersLink(input: $input) { ...ExportLinkFields } }\n"): typeof import('./graphql').ExportCustomersLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportContactsLink($input: ExportContactsInput!) { exportContactsLink(input: $input) { ...ExportLinkFields } }\n"): typeof import('./graphql').ExportContactsLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportOpportunitiesLink($input: ExportOpportunitiesInput!) { exportOpportunitiesLink(input: $input) { ...ExportLinkFields } }\n"): typeof import('./graphql').ExportOpportunitiesLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportContractsLink($input: ExportContractsInput!) { exportContractsLink(input: $input) { ...ExportLinkFields } }\n"): typeof import('./graphql').ExportContractsLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportReceivablesLink($input: ExportReceivablesInput!) { exportReceivablesLink(input: $input) { ...ExportLinkFields } }\n"): typeof import('./graphql').ExportReceivablesLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportFollowUpsLink($input: ExportFollowUpsInput!) { exportFollowUpsLink(input: $input) { ...ExportLinkFields } }\n"): typeof import('./graphql').ExportFollowUpsLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DataImportFields on DataImport {\n    id module status fileName fileFormat totalRows processedRows progress createdCount updatedCount duplicateCount errorCount warningCount\n    failure createdAt validatedAt finishedAt headers mapping options { owner ownerId duplicates allOrNothing }\n    fields { key label required hint choices } viewerCanUndo problemFileUrl createdBy { id name }\n  }\n"): typeof import('./graphql').DataImportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataImport($id: ID!) { dataImport(id: $id) { ...DataImportFields } }\n"): typeof import('./graphql').DataImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataImportProblems($id: ID!, $first: Int, $offset: Int, $kind: ImportProblemKind) {\n    dataImport(id: $id) {\n      id problems(first: $first, offset: $offset, kind: $kind) { totalCount nodes { rowNumber kind cells messages { column message } } }\n    }\n  }\n"): typeof import('./graphql').DataImportProblemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataImports($module: ImportModule, $first: Int, $offset: Int) {\n    dataImports(module: $module, first: $first, offset: $offset) {\n      totalCount nodes { id module status fileName createdAt finishedAt createdCount updatedCount duplicateCount errorCount problemFileUrl viewerCanUndo createdBy { id name } }\n    }\n  }\n"): typeof import('./graphql').DataImportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartDataImport($id: ID!, $input: StartDataImportInput!) { startDataImport(id: $id, input: $input) { ...DataImportFields } }\n"): typeof import('./graphql').StartDataImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommitDataImport($id: ID!) { commitDataImport(id: $id) { ...DataImportFields } }"): typeof import('./graphql').CommitDataImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelDataImport($id: ID!) { cancelDataImport(id: $id) { ...DataImportFields } }"): typeof import('./graphql').CancelDataImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UndoDataImport($id: ID!) { undoDataImport(id: $id) { ...DataImportFields } }"): typeof import('./graphql').UndoDataImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeadRowFields on Lead {\n    id name company mobile phone email source status nextContactAt convertedAt createdAt updatedAt deletedAt\n    owner { id name } customer { id code name } viewerCanEdit viewerCanManage viewerCanTransfer\n    customFields { key values display }\n  }\n"): typeof import('./graphql').LeadRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Leads($first: Int, $offset: Int, $after: String, $filter: LeadFilter, $orderBy: LeadOrder) {\n    leads(first: $first, offset: $offset, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount totalCountExact nodes { ...LeadRowFields } pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').LeadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadDetail($id: ID!) {\n    lead(id: $id) {\n      ...LeadRowFields address remarks createdBy { id name }\n      history { id action changes createdAt actor { id name } people { id name } }\n    }\n  }\n"): typeof import('./graphql').LeadDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateLead($input: CreateLeadInput!) { createLead(input: $input) { id name } }"): typeof import('./graphql').CreateLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateLead($id: ID!, $input: UpdateLeadInput!) { updateLead(id: $id, input: $input) { id } }"): typeof import('./graphql').UpdateLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteLeads($ids: [ID!]!) { deleteLeads(ids: $ids) { ids } }"): typeof import('./graphql').DeleteLeadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RestoreLeads($ids: [ID!]!) { restoreLeads(ids: $ids) { id } }"): typeof import('./graphql').RestoreLeadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferLeads($input: TransferLeadsInput!) { transferLeads(input: $input) { id owner { id name } } }\n"): typeof import('./graphql').TransferLeadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvertLeads($input: ConvertLeadsInput!) { convertLeads(input: $input) { id status customer { id code name } } }\n"): typeof import('./graphql').ConvertLeadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportLeadsLink($input: ExportLeadsInput!) { exportLeadsLink(input: $input) { ...ExportLinkFields } }\n"): typeof import('./graphql').ExportLeadsLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OffboardingCountsFields on OffboardingCounts { customers contacts opportunities contracts leads openTasks total }"): typeof import('./graphql').OffboardingCountsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OffboardingPreview($userId: ID!) {\n    offboardingPreview(userId: $userId) { user { id name status } records { ...OffboardingCountsFields } }\n  }\n"): typeof import('./graphql').OffboardingPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OffboardUser($input: OffboardUserInput!) {\n    offboardUser(input: $input) {\n      user { id name status } successor { id name } customersReleased\n      transferred { ...OffboardingCountsFields } kept { ...OffboardingCountsFields }\n    }\n  }\n"): typeof import('./graphql').OffboardUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment StageFields on OpportunityStage { id name probability sort enabled }"): typeof import('./graphql').StageFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OpportunityRowFields on Opportunity {\n    id name amount category expectedCloseDate followUpDueAt updatedAt createdAt deletedAt probability stage { ...StageFields }\n    customer { id code name } owner { id name } viewerCanEdit viewerCanManage viewerCanTransfer\n    customFields { key values display }\n  }\n"): typeof import('./graphql').OpportunityRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpportunityStages { opportunityStages { ...StageFields } }"): typeof import('./graphql').OpportunityStagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Opportunities($first: Int, $offset: Int, $after: String, $filter: OpportunityFilter, $orderBy: OpportunityOrder) {\n  opportunities(first: $first, offset: $offset, after: $after, filter: $filter, orderBy: $orderBy) { totalCount totalCountExact nodes { ...OpportunityRowFields } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').OpportunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpportunityDetail($id: ID!) {\n    opportunity(id: $id) {\n      ...OpportunityRowFields customerId partnerCustomerId partnerCustomer { id name } intentCategory purchaseReason purchaseForm budget requirements\n      executionTime competitors lostReason closedAt lastProgressAt createdBy { id name }\n      products { productId productName model unit quantity unitPrice amount }\n      contacts { id name position mobile }\n      progress { id content nextPlan countsAsContact createdAt author { id name } stage { sort name } }\n      history { id action changes createdAt actor { id name } people { id name } }\n      customFields { key values display }\n    }\n  }\n"): typeof import('./graphql').OpportunityDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpportunityBoard($filter: OpportunityFilter, $cards: Int) {\n    opportunityBoard(filter: $filter, cardsPerColumn: $cards) { totalCount totalAmount columns { stage { ...StageFields } count amount cards { ...OpportunityRowFields } } }\n  }\n"): typeof import('./graphql').OpportunityBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DueOpportunities($first: Int, $offset: Int, $after: String) {\n  opportunitiesDueForFollowUp(first: $first, offset: $offset, after: $after) { totalCount totalCountExact nodes { ...OpportunityRowFields } pageInfo { hasNextPage endCursor } }\n}"): typeof import('./graphql').DueOpportunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateOpportunity($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }"): typeof import('./graphql').CreateOpportunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateOpportunity($id: ID!, $input: UpdateOpportunityInput!) { updateOpportunity(id: $id, input: $input) { id } }"): typeof import('./graphql').UpdateOpportunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOpportunityCategory($id: ID!, $input: UpdateOpportunityCategoryInput!) { updateOpportunityCategory(id: $id, input: $input) { id } }\n"): typeof import('./graphql').UpdateOpportunityCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteOpportunities($ids: [ID!]!) { deleteOpportunities(ids: $ids) { ids } }"): typeof import('./graphql').DeleteOpportunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RestoreOpportunities($ids: [ID!]!) { restoreOpportunities(ids: $ids) { id } }"): typeof import('./graphql').RestoreOpportunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferOpportunities($input: TransferOpportunitiesInput!) { transferOpportunities(input: $input) { id owner { id name } } }\n"): typeof import('./graphql').TransferOpportunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddOpportunityProgress($input: AddOpportunityProgressInput!) { addOpportunityProgress(input: $input) { id } }"): typeof import('./graphql').AddOpportunityProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpportunityCustomerChoices($keyword: String, $type: CustomerType, $inPool: Boolean) {\n    customers(first: 20, filter: { keyword: $keyword, type: $type, inPool: $inPool }) { nodes { id code name } }\n  }\n"): typeof import('./graphql').OpportunityCustomerChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpportunityCustomerContacts($id: ID!) { customer(id: $id) { id contacts { id name position } } }"): typeof import('./graphql').OpportunityCustomerContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerOpportunities($id: ID!) { customer(id: $id) { id opportunities { ...OpportunityRowFields } } }\n"): typeof import('./graphql').CustomerOpportunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateOpportunityStage($input: OpportunityStageInput!) { createOpportunityStage(input: $input) { id } }"): typeof import('./graphql').CreateOpportunityStageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateOpportunityStage($id: ID!, $input: OpportunityStageInput!) { updateOpportunityStage(id: $id, input: $input) { id } }"): typeof import('./graphql').UpdateOpportunityStageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProductRowFields on Product { id name model unit price status categoryId description deletedAt updatedAt category { id name } }"): typeof import('./graphql').ProductRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Products($first: Int, $offset: Int, $after: String, $filter: ProductFilter) {\n  products(first: $first, offset: $offset, after: $after, filter: $filter) { totalCount totalCountExact nodes { ...ProductRowFields } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').ProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductCategories { productCategories { id name parentId sort } }"): typeof import('./graphql').ProductCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateProduct($input: CreateProductInput!) { createProduct(input: $input) { id } }"): typeof import('./graphql').CreateProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { id } }"): typeof import('./graphql').UpdateProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteProducts($ids: [ID!]!) { deleteProducts(ids: $ids) { ids } }"): typeof import('./graphql').DeleteProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RestoreProducts($ids: [ID!]!) { restoreProducts(ids: $ids) { id } }"): typeof import('./graphql').RestoreProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateProductCategory($input: ProductCategoryInput!) { createProductCategory(input: $input) { id } }"): typeof import('./graphql').CreateProductCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateProductCategory($id: ID!, $input: ProductCategoryInput!) { updateProductCategory(id: $id, input: $input) { id } }"): typeof import('./graphql').UpdateProductCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteProductCategory($id: ID!) { deleteProductCategory(id: $id) }"): typeof import('./graphql').DeleteProductCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PoolSummaryFields on Pool {\n    id name isDefault recycleEnabled exemptDealCustomers exemptOpenOpportunities warnDays customerCount viewerCanList viewerCanClaim\n    viewerCanAdminister rules { level noFollowUpDays noOpportunityDays noDealDays }\n  }\n"): typeof import('./graphql').PoolSummaryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Pools { pools { ...PoolSummaryFields } }"): typeof import('./graphql').PoolsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PoolsDetail {\n    pools { ...PoolSummaryFields administrators { id name } memberUsers { id name } memberDepartments { department { id name } includeChildren } }\n    poolSettings { maxOwnedCustomers maxClaimsPerDay reclaimBarDays maxLockedCustomers opportunityChecksAvailable contractChecksAvailable }\n  }\n"): typeof import('./graphql').PoolsDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PoolCustomers($poolId: ID!, $filter: PoolCustomerFilter, $first: Int, $offset: Int, $after: String) {\n    poolCustomers(poolId: $poolId, filter: $filter, first: $first, offset: $offset, after: $after) {\n      totalCount totalCountExact pageInfo { hasNextPage endCursor }\n      nodes { id code name level region industry contactName poolReason poolNote poolEnteredAt previousOwner { id name } }\n    }\n  }\n"): typeof import('./graphql').PoolCustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PoolClaimQuota { poolClaimQuota { ownedCustomers maxOwnedCustomers claimedToday maxClaimsPerDay reclaimBarDays } }\n"): typeof import('./graphql').PoolClaimQuotaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PoolSettings { poolSettings { maxOwnedCustomers maxClaimsPerDay reclaimBarDays maxLockedCustomers opportunityChecksAvailable contractChecksAvailable } }\n"): typeof import('./graphql').PoolSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerPool($id: ID!) {\n    customer(id: $id) {\n      id ownerId locked viewerCanManage poolReason poolNote poolEnteredAt previousOwner { id name }\n      pool { id name viewerCanClaim } poolHistory { id event reason note createdAt pool { id name } fromPool { id name } fromOwner { id name } toOwner { id name } actor { id name } }\n    }\n  }\n"): typeof import('./graphql').CustomerPoolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClaimCustomers($ids: [ID!]!) { claimCustomers(ids: $ids) { id } }"): typeof import('./graphql').ClaimCustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignCustomers($ids: [ID!]!, $userId: ID!) { assignCustomers(ids: $ids, userId: $userId) { id } }"): typeof import('./graphql').AssignCustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReturnCustomers($ids: [ID!]!, $reason: String!) { returnCustomersToPool(ids: $ids, reason: $reason) { id } }"): typeof import('./graphql').ReturnCustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveCustomers($ids: [ID!]!, $poolId: ID!) { moveCustomersToPool(ids: $ids, poolId: $poolId) { id } }"): typeof import('./graphql').MoveCustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePool($input: CreatePoolInput!) { createPool(input: $input) { id } }"): typeof import('./graphql').CreatePoolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePool($id: ID!, $input: UpdatePoolInput!) { updatePool(id: $id, input: $input) { id } }"): typeof import('./graphql').UpdatePoolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePoolRules($poolId: ID!, $input: UpdatePoolRulesInput!) { updatePoolRules(poolId: $poolId, input: $input) { id } }"): typeof import('./graphql').UpdatePoolRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePoolSettings($input: UpdatePoolSettingsInput!) { updatePoolSettings(input: $input) { maxOwnedCustomers } }"): typeof import('./graphql').UpdatePoolSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RecycleBin($first: Int, $offset: Int, $after: String, $filter: RecycleBinFilter!) {\n  recycleBin(first: $first, offset: $offset, after: $after, filter: $filter) {\n    totalCount totalCountExact pageInfo { hasNextPage endCursor }\n    nodes { id type code title deletedAt deletedBy { id name } viewerCanRestore deletedWithCount }\n  } }"): typeof import('./graphql').RecycleBinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RestoreRecords($input: RestoreRecordsInput!) { restoreRecords(input: $input) { type ids } }"): typeof import('./graphql').RestoreRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserDirectory($keyword: String) { userDirectory(keyword: $keyword) { id name username } }\n"): typeof import('./graphql').UserDirectoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransferTargets($module: String!, $keyword: String) { transferTargets(module: $module, keyword: $keyword) { id name username } }\n"): typeof import('./graphql').TransferTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomFields($module: String!, $withDisabled: Boolean) {\n    customFields(module: $module, withDisabled: $withDisabled) {\n      id module key label type required enabled sortOrder dictionaryKind viewerMode options { id code name path enabled }\n    }\n  }\n"): typeof import('./graphql').CustomFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dictionaries { dictionaries { kind name tree options { id kind code name parentId path sortOrder enabled } } }\n"): typeof import('./graphql').DictionariesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyFieldPermissions { myFieldPermissions { module field mode } }"): typeof import('./graphql').MyFieldPermissionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me { permissions readableModules mustChangePassword superAdmin supervisesOthers user { id username name departmentId phone email address status } }\n  }\n"): typeof import('./graphql').MeDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
