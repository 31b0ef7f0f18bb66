/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      wijkCodes\n      organisationId\n    }\n  }\n": typeof types.MeDocument,
    "\n  subscription AccountUpdated {\n    accountUpdated {\n      id\n      email\n      displayName\n      role\n      wijkCodes\n      organisationId\n    }\n  }\n": typeof types.AccountUpdatedDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Occurrences($wijkCode: String, $organisationId: ID, $from: DateTime, $to: DateTime, $first: Int! = 200) {\n    occurrences(wijkCode: $wijkCode, organisationId: $organisationId, from: $from, to: $to, first: $first) {\n      activityId\n      startsAt\n      endsAt\n      placesLeft\n      activity {\n        id\n        title\n        description\n        tags\n        free\n        costCents\n        walkIn\n        capacity\n        accessibility\n        wijkCode\n        location {\n          name\n          addressLine\n        }\n        organisation {\n          id\n          name\n          phone\n        }\n      }\n    }\n  }\n": typeof types.OccurrencesDocument,
    "\n  query MySignUps($includePast: Boolean! = false) {\n    mySignUps(includePast: $includePast) {\n      id\n      status\n      occurrenceStart\n      activityId\n      activity {\n        id\n        title\n        location {\n          name\n          addressLine\n        }\n        schedule {\n          durationMinutes\n        }\n      }\n    }\n  }\n": typeof types.MySignUpsDocument,
    "\n  query Tags {\n    tags {\n      slug\n      labelNl\n      labelEn\n      category\n    }\n  }\n": typeof types.TagsDocument,
    "\n  query Wijken {\n    wijken {\n      code\n      name\n      municipalityName\n    }\n  }\n": typeof types.WijkenDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      account {\n        id\n        role\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation ExportMyData {\n    exportMyData\n  }\n": typeof types.ExportMyDataDocument,
    "\n  mutation EraseMe($confirm: Boolean!) {\n    eraseMe(confirm: $confirm)\n  }\n": typeof types.EraseMeDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      expiresAt\n      account {\n        id\n        role\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  query AuditLog($filter: AuditLogFilterInput, $after: String) {\n    auditLog(filter: $filter, first: 50, after: $after) {\n      nodes {\n        id\n        action\n        actorId\n        subjectType\n        subjectId\n        wijkCode\n        details\n        occurredAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query WijkStats($from: DateTime!, $to: DateTime!, $wijkCodes: [String!]) {\n    wijkStats(from: $from, to: $to, wijkCodes: $wijkCodes) {\n      from\n      to\n      rows {\n        wijkCode\n        wijkName\n        activeResidents { value suppressed display }\n        openOffers { value suppressed display }\n        openRequests { value suppressed display }\n        proposals { value suppressed display }\n        accepted { value suppressed display }\n        followedUp { value suppressed display }\n        medianDaysToFirstMatch { value suppressed display }\n        shareWithAcceptedMatch { value suppressed display }\n        signalsNew { value suppressed display }\n        signalsContacted { value suppressed display }\n        signalsIntakeDone { value suppressed display }\n        signalsNoAction { value suppressed display }\n        changeAll { value suppressed display }\n        changeActivity { value suppressed display }\n        changeBuddy { value suppressed display }\n        changePeerMatch { value suppressed display }\n        changeNone { value suppressed display }\n      }\n    }\n  }\n": typeof types.WijkStatsDocument,
    "\n  query AdminOrganisations($status: OrganisationStatus, $after: String) {\n    organisations(filter: { status: $status }, first: 50, after: $after) {\n      nodes {\n        id\n        name\n        kind\n        description\n        email\n        phone\n        website\n        wijkCodes\n        status\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminOrganisationsDocument,
    "\n  mutation ApproveOrganisation($id: ID!) {\n    approveOrganisation(id: $id) {\n      id\n      status\n      approvedAt\n    }\n  }\n": typeof types.ApproveOrganisationDocument,
    "\n  mutation AssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      id\n      displayName\n      role\n      wijkCodes\n      organisationId\n    }\n  }\n": typeof types.AssignRoleDocument,
    "\n  query OrganisationChoices {\n    organisations(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OrganisationChoicesDocument,
    "\n  query AccountsByEmail($email: String!) {\n    accounts(email: $email, first: 10) {\n      nodes {\n        id\n        email\n        displayName\n        role\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AccountsByEmailDocument,
    "\n  mutation ImportWijken($csv: String!) {\n    importWijken(csv: $csv) {\n      imported\n      updated\n      unchanged\n      wijken\n      buurten\n      postcodes\n      errors {\n        line\n        field\n        message\n      }\n    }\n  }\n": typeof types.ImportWijkenDocument,
    "\n  query Activity($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      description\n      tags\n      free\n      costCents\n      walkIn\n      capacity\n      accessibility\n      audience\n      languages\n      status\n      wijkCode\n      organisationId\n      cancellationReason\n      location {\n        name\n        addressLine\n      }\n      schedule {\n        kind\n        startsAt\n        endsAt\n        durationMinutes\n      }\n      organisation {\n        id\n        name\n        phone\n        email\n        website\n      }\n    }\n  }\n": typeof types.ActivityDocument,
    "\n  mutation SignUp($activityId: ID!, $occurrenceStart: DateTime) {\n    signUp(activityId: $activityId, occurrenceStart: $occurrenceStart) {\n      id\n      status\n      occurrenceStart\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  query MyWijk {\n    myProfile {\n      userId\n      wijkCode\n    }\n  }\n": typeof types.MyWijkDocument,
    "\n  mutation CancelSignUp($id: ID!) {\n    cancelSignUp(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CancelSignUpDocument,
    "\n  query PrintWijk($code: String!) {\n    wijk(code: $code) {\n      code\n      name\n      municipalityName\n    }\n  }\n": typeof types.PrintWijkDocument,
    "\n  mutation EndBuddyTrajectory($input: EndBuddyTrajectoryInput!) {\n    endBuddyTrajectory(input: $input) {\n      id\n      status\n      outcome\n      endedOn\n    }\n  }\n": typeof types.EndBuddyTrajectoryDocument,
    "\n  query BuddyCandidates($filter: ResidentsFilterInput) {\n    residents(filter: $filter, first: 100) {\n      nodes {\n        userId\n        displayName\n        wijkCode\n        onBehalf\n      }\n    }\n  }\n": typeof types.BuddyCandidatesDocument,
    "\n  mutation StartBuddyTrajectory($input: StartBuddyTrajectoryInput!) {\n    startBuddyTrajectory(input: $input) {\n      id\n    }\n  }\n": typeof types.StartBuddyTrajectoryDocument,
    "\n  query BuddyTrajectories {\n    buddyTrajectories(first: 100) {\n      nodes {\n        id\n        status\n        wijkCode\n        startedOn\n        plannedEndOn\n        endedOn\n        outcome\n        goal\n        checkInEveryWeeks\n        myRole\n        volunteer {\n          userId\n          displayName\n          contact\n        }\n        resident {\n          userId\n          displayName\n          contact\n        }\n        nextCheckInId\n        nextCheckInOn\n      }\n    }\n  }\n": typeof types.BuddyTrajectoriesDocument,
    "\n  query BuddyTrajectory($id: ID!) {\n    buddyTrajectory(id: $id) {\n      id\n      status\n      wijkCode\n      startedOn\n      plannedEndOn\n      endedOn\n      outcome\n      goal\n      checkInEveryWeeks\n      endNote\n      volunteer {\n        userId\n        displayName\n        contact\n      }\n      resident {\n        userId\n        displayName\n        contact\n      }\n      nextCheckInId\n      nextCheckInOn\n    }\n    buddyCheckIns(trajectoryId: $id, first: 100) {\n      nodes {\n        id\n        dueOn\n        due\n        doneAt\n        howItGoes\n        note\n      }\n    }\n  }\n": typeof types.BuddyTrajectoryDocument,
    "\n  query DueBuddyCheckIns {\n    buddyCheckIns(due: true, first: 100) {\n      nodes {\n        id\n        dueOn\n        trajectory {\n          id\n          volunteer {\n            displayName\n          }\n          resident {\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.DueBuddyCheckInsDocument,
    "\n  mutation RecordBuddyCheckIn($input: RecordBuddyCheckInInput!) {\n    recordBuddyCheckIn(input: $input) {\n      id\n      doneAt\n      howItGoes\n    }\n  }\n": typeof types.RecordBuddyCheckInDocument,
    "\n  query CurationQueue {\n    curationQueue(first: 20) {\n      nodes {\n        id\n        kind\n        status\n        activityId\n        offerPostId\n        requestPostId\n        residentId\n        reasons {\n          nl\n          en\n        }\n        score\n        curated\n        curationNote\n        warmHandover\n        counterpartContact\n        acceptedByMe\n        offeredAt\n        respondedAt\n        updatedAt\n        wijkCode\n        proposedAt\n      }\n    }\n  }\n": typeof types.CurationQueueDocument,
    "\n  subscription CurationQueueChanged {\n    curationQueueChanged {\n      change\n      matchId\n      wijkCode\n    }\n  }\n": typeof types.CurationQueueChangedDocument,
    "\n  mutation CurateMatch($input: CurateMatchInput!) {\n    curateMatch(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CurateMatchDocument,
    "\n  query FollowUps {\n    followUps(first: 50) {\n      nodes {\n        id\n        kind\n        status\n        activityId\n        offerPostId\n        requestPostId\n        residentId\n        reasons {\n          nl\n          en\n        }\n        score\n        curated\n        curationNote\n        warmHandover\n        counterpartContact\n        acceptedByMe\n        offeredAt\n        respondedAt\n        updatedAt\n        wijkCode\n        followUpDueAt\n      }\n    }\n  }\n": typeof types.FollowUpsDocument,
    "\n  mutation RecordFollowUp($input: RecordFollowUpInput!) {\n    recordFollowUp(input: $input) {\n      id\n      status\n      followedUpAt\n      outcomeWentWell\n      outcomeWantsMore\n    }\n  }\n": typeof types.RecordFollowUpDocument,
    "\n  query MatchActivity($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      walkIn\n      free\n      costCents\n      location {\n        name\n      }\n      schedule {\n        kind\n        startsAt\n      }\n    }\n  }\n": typeof types.MatchActivityDocument,
    "\n  query MatchPost($id: ID!) {\n    post(id: $id) {\n      id\n      kind\n      title\n      text\n      authorName\n    }\n  }\n": typeof types.MatchPostDocument,
    "\n  mutation RespondToMatch($input: RespondToMatchInput!) {\n    respondToMatch(input: $input) {\n      id\n      status\n      acceptedByMe\n      counterpartContact\n      respondedAt\n      updatedAt\n    }\n  }\n": typeof types.RespondToMatchDocument,
    "\n  query Matches($since: DateTime, $first: Int! = 50) {\n    matches(since: $since, first: $first) {\n      nodes {\n        id\n        kind\n        status\n        activityId\n        offerPostId\n        requestPostId\n        residentId\n        reasons {\n          nl\n          en\n        }\n        score\n        curated\n        curationNote\n        warmHandover\n        counterpartContact\n        acceptedByMe\n        offeredAt\n        respondedAt\n        updatedAt\n        wijkCode\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MatchesDocument,
    "\n  subscription MatchProposed {\n    matchProposed {\n      id\n      status\n      updatedAt\n    }\n  }\n": typeof types.MatchProposedDocument,
    "\n  subscription MatchUpdated {\n    matchUpdated {\n      id\n      status\n      updatedAt\n    }\n  }\n": typeof types.MatchUpdatedDocument,
    "\n  fragment MeasurementFields on Measurement {\n    id\n    residentId\n    moment\n    takenAt\n    method\n    emotionalScore\n    socialScore\n    totalScore\n    answers {\n      emptiness\n      missPeople\n      abandoned\n      canRelyOn\n      trustFully\n      closeTo\n    }\n  }\n": typeof types.MeasurementFieldsFragmentDoc,
    "\n  query MyMeasurements {\n    myMeasurements {\n      ...MeasurementFields\n    }\n  }\n": typeof types.MyMeasurementsDocument,
    "\n  query ResidentMeasurements($residentId: ID!) {\n    measurements(residentId: $residentId) {\n      ...MeasurementFields\n    }\n    resident(userId: $residentId) {\n      userId\n      displayName\n    }\n  }\n": typeof types.ResidentMeasurementsDocument,
    "\n  mutation RecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) {\n      ...MeasurementFields\n    }\n  }\n": typeof types.RecordMeasurementDocument,
    "\n  mutation ClosePost($id: ID!) {\n    closePost(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ClosePostDocument,
    "\n  mutation ExtendPost($id: ID!) {\n    extendPost(id: $id) {\n      id\n      status\n      expiresAt\n    }\n  }\n": typeof types.ExtendPostDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      kind\n      title\n    }\n  }\n": typeof types.CreatePostDocument,
    "\n  query Posts($filter: FilterPostsInput, $after: String) {\n    posts(filter: $filter, after: $after, first: 20) {\n      nodes {\n        id\n        kind\n        title\n        text\n        tags\n        authorName\n        wijkName\n        wijkCode\n        createdAt\n        isMine\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PostsDocument,
    "\n  query MyPosts($after: String) {\n    myPosts(after: $after, first: 50) {\n      nodes {\n        id\n        kind\n        title\n        text\n        tags\n        status\n        createdAt\n        expiresAt\n        wijkName\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyPostsDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      userId\n      wijkCode\n      postcode\n      interests\n      interestsText\n      talents\n      talentsText\n      availability\n      needs\n      travelRadiusKm\n      viaSocialWorker\n      contactPreference\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  query WijkForPostcode($postcode: String!) {\n    wijkForPostcode(postcode: $postcode) {\n      code\n      name\n    }\n  }\n": typeof types.WijkForPostcodeDocument,
    "\n  query MyProfile {\n    myProfile {\n      userId\n      displayName\n      wijkCode\n      postcode\n      interests\n      interestsText\n      talents\n      talentsText\n      availability\n      needs\n      travelRadiusKm\n      viaSocialWorker\n      contactPreference\n      consents {\n        kind\n        givenAt\n        withdrawnAt\n      }\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  query EditActivity($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      description\n      wijkCode\n      tags\n      status\n      capacity\n      costCents\n      walkIn\n      accessibility\n      location {\n        name\n        addressLine\n      }\n      schedule {\n        kind\n        startsAt\n        endsAt\n        rrule\n        durationMinutes\n        until\n      }\n    }\n  }\n": typeof types.EditActivityDocument,
    "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": typeof types.CreateActivityDocument,
    "\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": typeof types.UpdateActivityDocument,
    "\n  query ProviderActivity($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      status\n      capacity\n      walkIn\n      wijkCode\n      organisationId\n    }\n  }\n": typeof types.ProviderActivityDocument,
    "\n  query ActivitySignUps($id: ID!, $from: DateTime, $to: DateTime) {\n    activitySignUps(activityId: $id, from: $from, to: $to) {\n      activityId\n      startsAt\n      endsAt\n      capacity\n      confirmed {\n        signUpId\n        name\n      }\n      waiting {\n        signUpId\n        name\n      }\n    }\n  }\n": typeof types.ActivitySignUpsDocument,
    "\n  subscription ActivitySignUpsChanged($id: ID!) {\n    activitySignUpsChanged(activityId: $id) {\n      activityId\n      occurrenceStart\n    }\n  }\n": typeof types.ActivitySignUpsChangedDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      apiToken {\n        id\n        name\n        prefix\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      kind\n      description\n      email\n      phone\n      website\n      wijkCodes\n      status\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  query OrganisationActivities($organisationId: ID!, $after: String) {\n    activities(filter: { organisationId: $organisationId }, first: 100, after: $after) {\n      nodes {\n        id\n        title\n        status\n        wijkCode\n        capacity\n        schedule {\n          kind\n          startsAt\n          rrule\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OrganisationActivitiesDocument,
    "\n  mutation PublishActivity($id: ID!) {\n    publishActivity(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.PublishActivityDocument,
    "\n  mutation CancelActivity($id: ID!, $reason: String) {\n    cancelActivity(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.CancelActivityDocument,
    "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      description\n      email\n      phone\n      website\n      wijkCodes\n      status\n      approvedAt\n    }\n  }\n": typeof types.OrganisationDocument,
    "\n  query Search($input: SearchInput, $after: String) {\n    search(input: $input, first: 20, after: $after) {\n      totalCount\n      nodes {\n        id\n        type\n        title\n        titleHighlight {\n          text\n          match\n        }\n        snippet {\n          text\n          match\n        }\n        locationName\n        organisationName\n        postKind\n        wijkNames\n        upcomingDates\n        free\n        walkIn\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  mutation RecordHomeVisit($input: RecordHomeVisitInput!) {\n    recordHomeVisit(input: $input) {\n      homeVisit {\n        id\n        signalId\n      }\n      residentId\n      displayName\n    }\n  }\n": typeof types.RecordHomeVisitDocument,
    "\n  query Signal($id: ID!) {\n    signal(id: $id) {\n      id\n      wijkCode\n      status\n      source\n      howToReach\n      concern\n      personAware\n      reporterContact\n      triageNote\n      createdAt\n      closedAt\n      deleteAfter\n      intakeResidentId\n      history {\n        fromStatus\n        toStatus\n        note\n        triagedAt\n      }\n    }\n  }\n": typeof types.SignalDocument,
    "\n  mutation TriageSignal($input: TriageSignalInput!) {\n    triageSignal(input: $input) {\n      id\n      wijkCode\n      status\n      source\n      howToReach\n      concern\n      personAware\n      reporterContact\n      triageNote\n      createdAt\n      closedAt\n      deleteAfter\n      intakeResidentId\n      history {\n        fromStatus\n        toStatus\n        note\n        triagedAt\n      }\n    }\n  }\n": typeof types.TriageSignalDocument,
    "\n  query Signals($filter: SignalsFilterInput, $after: String) {\n    signals(filter: $filter, first: 50, after: $after) {\n      nodes {\n        id\n        wijkCode\n        status\n        source\n        concern\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SignalsDocument,
    "\n  subscription SignalFiled {\n    signalFiled {\n      signalId\n      wijkCode\n    }\n  }\n": typeof types.SignalFiledDocument,
    "\n  mutation FileSignal($input: FileSignalInput!) {\n    fileSignal(input: $input) {\n      reference\n      wijkName\n    }\n  }\n": typeof types.FileSignalDocument,
    "\n  mutation CreateResidentOnBehalf($input: CreateResidentOnBehalfInput!) {\n    createResidentOnBehalf(input: $input) {\n      userId\n      displayName\n    }\n  }\n": typeof types.CreateResidentOnBehalfDocument,
    "\n  query Resident($userId: ID!) {\n    resident(userId: $userId) {\n      userId\n      displayName\n      wijkCode\n      postcode\n      ageBand\n      languages\n      interests\n      interestsText\n      talents\n      talentsText\n      wishes\n      wishesText\n      availability\n      needs\n      travelRadiusKm\n      viaSocialWorker\n      contactPreference\n      onBehalf\n      updatedAt\n      consents {\n        kind\n        method\n        givenAt\n        withdrawnAt\n      }\n    }\n  }\n": typeof types.ResidentDocument,
    "\n  query ResidentHomeVisits($residentId: ID!) {\n    homeVisits(residentId: $residentId) {\n      id\n      visitedOn\n      visitedByName\n      livingSituation\n      contactFrequency\n      mobility\n      notes\n    }\n  }\n": typeof types.ResidentHomeVisitsDocument,
    "\n  query Residents($filter: ResidentsFilterInput, $after: String) {\n    residents(filter: $filter, first: 50, after: $after) {\n      nodes {\n        userId\n        displayName\n        wijkCode\n        onBehalf\n        viaSocialWorker\n        updatedAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ResidentsDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      wijkCodes\n      organisationId\n    }\n  }\n": types.MeDocument,
    "\n  subscription AccountUpdated {\n    accountUpdated {\n      id\n      email\n      displayName\n      role\n      wijkCodes\n      organisationId\n    }\n  }\n": types.AccountUpdatedDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Occurrences($wijkCode: String, $organisationId: ID, $from: DateTime, $to: DateTime, $first: Int! = 200) {\n    occurrences(wijkCode: $wijkCode, organisationId: $organisationId, from: $from, to: $to, first: $first) {\n      activityId\n      startsAt\n      endsAt\n      placesLeft\n      activity {\n        id\n        title\n        description\n        tags\n        free\n        costCents\n        walkIn\n        capacity\n        accessibility\n        wijkCode\n        location {\n          name\n          addressLine\n        }\n        organisation {\n          id\n          name\n          phone\n        }\n      }\n    }\n  }\n": types.OccurrencesDocument,
    "\n  query MySignUps($includePast: Boolean! = false) {\n    mySignUps(includePast: $includePast) {\n      id\n      status\n      occurrenceStart\n      activityId\n      activity {\n        id\n        title\n        location {\n          name\n          addressLine\n        }\n        schedule {\n          durationMinutes\n        }\n      }\n    }\n  }\n": types.MySignUpsDocument,
    "\n  query Tags {\n    tags {\n      slug\n      labelNl\n      labelEn\n      category\n    }\n  }\n": types.TagsDocument,
    "\n  query Wijken {\n    wijken {\n      code\n      name\n      municipalityName\n    }\n  }\n": types.WijkenDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      account {\n        id\n        role\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation ExportMyData {\n    exportMyData\n  }\n": types.ExportMyDataDocument,
    "\n  mutation EraseMe($confirm: Boolean!) {\n    eraseMe(confirm: $confirm)\n  }\n": types.EraseMeDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      expiresAt\n      account {\n        id\n        role\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  query AuditLog($filter: AuditLogFilterInput, $after: String) {\n    auditLog(filter: $filter, first: 50, after: $after) {\n      nodes {\n        id\n        action\n        actorId\n        subjectType\n        subjectId\n        wijkCode\n        details\n        occurredAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query WijkStats($from: DateTime!, $to: DateTime!, $wijkCodes: [String!]) {\n    wijkStats(from: $from, to: $to, wijkCodes: $wijkCodes) {\n      from\n      to\n      rows {\n        wijkCode\n        wijkName\n        activeResidents { value suppressed display }\n        openOffers { value suppressed display }\n        openRequests { value suppressed display }\n        proposals { value suppressed display }\n        accepted { value suppressed display }\n        followedUp { value suppressed display }\n        medianDaysToFirstMatch { value suppressed display }\n        shareWithAcceptedMatch { value suppressed display }\n        signalsNew { value suppressed display }\n        signalsContacted { value suppressed display }\n        signalsIntakeDone { value suppressed display }\n        signalsNoAction { value suppressed display }\n        changeAll { value suppressed display }\n        changeActivity { value suppressed display }\n        changeBuddy { value suppressed display }\n        changePeerMatch { value suppressed display }\n        changeNone { value suppressed display }\n      }\n    }\n  }\n": types.WijkStatsDocument,
    "\n  query AdminOrganisations($status: OrganisationStatus, $after: String) {\n    organisations(filter: { status: $status }, first: 50, after: $after) {\n      nodes {\n        id\n        name\n        kind\n        description\n        email\n        phone\n        website\n        wijkCodes\n        status\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminOrganisationsDocument,
    "\n  mutation ApproveOrganisation($id: ID!) {\n    approveOrganisation(id: $id) {\n      id\n      status\n      approvedAt\n    }\n  }\n": types.ApproveOrganisationDocument,
    "\n  mutation AssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      id\n      displayName\n      role\n      wijkCodes\n      organisationId\n    }\n  }\n": types.AssignRoleDocument,
    "\n  query OrganisationChoices {\n    organisations(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.OrganisationChoicesDocument,
    "\n  query AccountsByEmail($email: String!) {\n    accounts(email: $email, first: 10) {\n      nodes {\n        id\n        email\n        displayName\n        role\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.AccountsByEmailDocument,
    "\n  mutation ImportWijken($csv: String!) {\n    importWijken(csv: $csv) {\n      imported\n      updated\n      unchanged\n      wijken\n      buurten\n      postcodes\n      errors {\n        line\n        field\n        message\n      }\n    }\n  }\n": types.ImportWijkenDocument,
    "\n  query Activity($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      description\n      tags\n      free\n      costCents\n      walkIn\n      capacity\n      accessibility\n      audience\n      languages\n      status\n      wijkCode\n      organisationId\n      cancellationReason\n      location {\n        name\n        addressLine\n      }\n      schedule {\n        kind\n        startsAt\n        endsAt\n        durationMinutes\n      }\n      organisation {\n        id\n        name\n        phone\n        email\n        website\n      }\n    }\n  }\n": types.ActivityDocument,
    "\n  mutation SignUp($activityId: ID!, $occurrenceStart: DateTime) {\n    signUp(activityId: $activityId, occurrenceStart: $occurrenceStart) {\n      id\n      status\n      occurrenceStart\n    }\n  }\n": types.SignUpDocument,
    "\n  query MyWijk {\n    myProfile {\n      userId\n      wijkCode\n    }\n  }\n": types.MyWijkDocument,
    "\n  mutation CancelSignUp($id: ID!) {\n    cancelSignUp(id: $id) {\n      id\n      status\n    }\n  }\n": types.CancelSignUpDocument,
    "\n  query PrintWijk($code: String!) {\n    wijk(code: $code) {\n      code\n      name\n      municipalityName\n    }\n  }\n": types.PrintWijkDocument,
    "\n  mutation EndBuddyTrajectory($input: EndBuddyTrajectoryInput!) {\n    endBuddyTrajectory(input: $input) {\n      id\n      status\n      outcome\n      endedOn\n    }\n  }\n": types.EndBuddyTrajectoryDocument,
    "\n  query BuddyCandidates($filter: ResidentsFilterInput) {\n    residents(filter: $filter, first: 100) {\n      nodes {\n        userId\n        displayName\n        wijkCode\n        onBehalf\n      }\n    }\n  }\n": types.BuddyCandidatesDocument,
    "\n  mutation StartBuddyTrajectory($input: StartBuddyTrajectoryInput!) {\n    startBuddyTrajectory(input: $input) {\n      id\n    }\n  }\n": types.StartBuddyTrajectoryDocument,
    "\n  query BuddyTrajectories {\n    buddyTrajectories(first: 100) {\n      nodes {\n        id\n        status\n        wijkCode\n        startedOn\n        plannedEndOn\n        endedOn\n        outcome\n        goal\n        checkInEveryWeeks\n        myRole\n        volunteer {\n          userId\n          displayName\n          contact\n        }\n        resident {\n          userId\n          displayName\n          contact\n        }\n        nextCheckInId\n        nextCheckInOn\n      }\n    }\n  }\n": types.BuddyTrajectoriesDocument,
    "\n  query BuddyTrajectory($id: ID!) {\n    buddyTrajectory(id: $id) {\n      id\n      status\n      wijkCode\n      startedOn\n      plannedEndOn\n      endedOn\n      outcome\n      goal\n      checkInEveryWeeks\n      endNote\n      volunteer {\n        userId\n        displayName\n        contact\n      }\n      resident {\n        userId\n        displayName\n        contact\n      }\n      nextCheckInId\n      nextCheckInOn\n    }\n    buddyCheckIns(trajectoryId: $id, first: 100) {\n      nodes {\n        id\n        dueOn\n        due\n        doneAt\n        howItGoes\n        note\n      }\n    }\n  }\n": types.BuddyTrajectoryDocument,
    "\n  query DueBuddyCheckIns {\n    buddyCheckIns(due: true, first: 100) {\n      nodes {\n        id\n        dueOn\n        trajectory {\n          id\n          volunteer {\n            displayName\n          }\n          resident {\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.DueBuddyCheckInsDocument,
    "\n  mutation RecordBuddyCheckIn($input: RecordBuddyCheckInInput!) {\n    recordBuddyCheckIn(input: $input) {\n      id\n      doneAt\n      howItGoes\n    }\n  }\n": types.RecordBuddyCheckInDocument,
    "\n  query CurationQueue {\n    curationQueue(first: 20) {\n      nodes {\n        id\n        kind\n        status\n        activityId\n        offerPostId\n        requestPostId\n        residentId\n        reasons {\n          nl\n          en\n        }\n        score\n        curated\n        curationNote\n        warmHandover\n        counterpartContact\n        acceptedByMe\n        offeredAt\n        respondedAt\n        updatedAt\n        wijkCode\n        proposedAt\n      }\n    }\n  }\n": types.CurationQueueDocument,
    "\n  subscription CurationQueueChanged {\n    curationQueueChanged {\n      change\n      matchId\n      wijkCode\n    }\n  }\n": types.CurationQueueChangedDocument,
    "\n  mutation CurateMatch($input: CurateMatchInput!) {\n    curateMatch(input: $input) {\n      id\n      status\n    }\n  }\n": types.CurateMatchDocument,
    "\n  query FollowUps {\n    followUps(first: 50) {\n      nodes {\n        id\n        kind\n        status\n        activityId\n        offerPostId\n        requestPostId\n        residentId\n        reasons {\n          nl\n          en\n        }\n        score\n        curated\n        curationNote\n        warmHandover\n        counterpartContact\n        acceptedByMe\n        offeredAt\n        respondedAt\n        updatedAt\n        wijkCode\n        followUpDueAt\n      }\n    }\n  }\n": types.FollowUpsDocument,
    "\n  mutation RecordFollowUp($input: RecordFollowUpInput!) {\n    recordFollowUp(input: $input) {\n      id\n      status\n      followedUpAt\n      outcomeWentWell\n      outcomeWantsMore\n    }\n  }\n": types.RecordFollowUpDocument,
    "\n  query MatchActivity($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      walkIn\n      free\n      costCents\n      location {\n        name\n      }\n      schedule {\n        kind\n        startsAt\n      }\n    }\n  }\n": types.MatchActivityDocument,
    "\n  query MatchPost($id: ID!) {\n    post(id: $id) {\n      id\n      kind\n      title\n      text\n      authorName\n    }\n  }\n": types.MatchPostDocument,
    "\n  mutation RespondToMatch($input: RespondToMatchInput!) {\n    respondToMatch(input: $input) {\n      id\n      status\n      acceptedByMe\n      counterpartContact\n      respondedAt\n      updatedAt\n    }\n  }\n": types.RespondToMatchDocument,
    "\n  query Matches($since: DateTime, $first: Int! = 50) {\n    matches(since: $since, first: $first) {\n      nodes {\n        id\n        kind\n        status\n        activityId\n        offerPostId\n        requestPostId\n        residentId\n        reasons {\n          nl\n          en\n        }\n        score\n        curated\n        curationNote\n        warmHandover\n        counterpartContact\n        acceptedByMe\n        offeredAt\n        respondedAt\n        updatedAt\n        wijkCode\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MatchesDocument,
    "\n  subscription MatchProposed {\n    matchProposed {\n      id\n      status\n      updatedAt\n    }\n  }\n": types.MatchProposedDocument,
    "\n  subscription MatchUpdated {\n    matchUpdated {\n      id\n      status\n      updatedAt\n    }\n  }\n": types.MatchUpdatedDocument,
    "\n  fragment MeasurementFields on Measurement {\n    id\n    residentId\n    moment\n    takenAt\n    method\n    emotionalScore\n    socialScore\n    totalScore\n    answers {\n      emptiness\n      missPeople\n      abandoned\n      canRelyOn\n      trustFully\n      closeTo\n    }\n  }\n": types.MeasurementFieldsFragmentDoc,
    "\n  query MyMeasurements {\n    myMeasurements {\n      ...MeasurementFields\n    }\n  }\n": types.MyMeasurementsDocument,
    "\n  query ResidentMeasurements($residentId: ID!) {\n    measurements(residentId: $residentId) {\n      ...MeasurementFields\n    }\n    resident(userId: $residentId) {\n      userId\n      displayName\n    }\n  }\n": types.ResidentMeasurementsDocument,
    "\n  mutation RecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) {\n      ...MeasurementFields\n    }\n  }\n": types.RecordMeasurementDocument,
    "\n  mutation ClosePost($id: ID!) {\n    closePost(id: $id) {\n      id\n      status\n    }\n  }\n": types.ClosePostDocument,
    "\n  mutation ExtendPost($id: ID!) {\n    extendPost(id: $id) {\n      id\n      status\n      expiresAt\n    }\n  }\n": types.ExtendPostDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      kind\n      title\n    }\n  }\n": types.CreatePostDocument,
    "\n  query Posts($filter: FilterPostsInput, $after: String) {\n    posts(filter: $filter, after: $after, first: 20) {\n      nodes {\n        id\n        kind\n        title\n        text\n        tags\n        authorName\n        wijkName\n        wijkCode\n        createdAt\n        isMine\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PostsDocument,
    "\n  query MyPosts($after: String) {\n    myPosts(after: $after, first: 50) {\n      nodes {\n        id\n        kind\n        title\n        text\n        tags\n        status\n        createdAt\n        expiresAt\n        wijkName\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyPostsDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      userId\n      wijkCode\n      postcode\n      interests\n      interestsText\n      talents\n      talentsText\n      availability\n      needs\n      travelRadiusKm\n      viaSocialWorker\n      contactPreference\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  query WijkForPostcode($postcode: String!) {\n    wijkForPostcode(postcode: $postcode) {\n      code\n      name\n    }\n  }\n": types.WijkForPostcodeDocument,
    "\n  query MyProfile {\n    myProfile {\n      userId\n      displayName\n      wijkCode\n      postcode\n      interests\n      interestsText\n      talents\n      talentsText\n      availability\n      needs\n      travelRadiusKm\n      viaSocialWorker\n      contactPreference\n      consents {\n        kind\n        givenAt\n        withdrawnAt\n      }\n    }\n  }\n": types.MyProfileDocument,
    "\n  query EditActivity($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      description\n      wijkCode\n      tags\n      status\n      capacity\n      costCents\n      walkIn\n      accessibility\n      location {\n        name\n        addressLine\n      }\n      schedule {\n        kind\n        startsAt\n        endsAt\n        rrule\n        durationMinutes\n        until\n      }\n    }\n  }\n": types.EditActivityDocument,
    "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": types.CreateActivityDocument,
    "\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": types.UpdateActivityDocument,
    "\n  query ProviderActivity($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      status\n      capacity\n      walkIn\n      wijkCode\n      organisationId\n    }\n  }\n": types.ProviderActivityDocument,
    "\n  query ActivitySignUps($id: ID!, $from: DateTime, $to: DateTime) {\n    activitySignUps(activityId: $id, from: $from, to: $to) {\n      activityId\n      startsAt\n      endsAt\n      capacity\n      confirmed {\n        signUpId\n        name\n      }\n      waiting {\n        signUpId\n        name\n      }\n    }\n  }\n": types.ActivitySignUpsDocument,
    "\n  subscription ActivitySignUpsChanged($id: ID!) {\n    activitySignUpsChanged(activityId: $id) {\n      activityId\n      occurrenceStart\n    }\n  }\n": types.ActivitySignUpsChangedDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      apiToken {\n        id\n        name\n        prefix\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      status\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      kind\n      description\n      email\n      phone\n      website\n      wijkCodes\n      status\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  query OrganisationActivities($organisationId: ID!, $after: String) {\n    activities(filter: { organisationId: $organisationId }, first: 100, after: $after) {\n      nodes {\n        id\n        title\n        status\n        wijkCode\n        capacity\n        schedule {\n          kind\n          startsAt\n          rrule\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OrganisationActivitiesDocument,
    "\n  mutation PublishActivity($id: ID!) {\n    publishActivity(id: $id) {\n      id\n      status\n    }\n  }\n": types.PublishActivityDocument,
    "\n  mutation CancelActivity($id: ID!, $reason: String) {\n    cancelActivity(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.CancelActivityDocument,
    "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      description\n      email\n      phone\n      website\n      wijkCodes\n      status\n      approvedAt\n    }\n  }\n": types.OrganisationDocument,
    "\n  query Search($input: SearchInput, $after: String) {\n    search(input: $input, first: 20, after: $after) {\n      totalCount\n      nodes {\n        id\n        type\n        title\n        titleHighlight {\n          text\n          match\n        }\n        snippet {\n          text\n          match\n        }\n        locationName\n        organisationName\n        postKind\n        wijkNames\n        upcomingDates\n        free\n        walkIn\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  mutation RecordHomeVisit($input: RecordHomeVisitInput!) {\n    recordHomeVisit(input: $input) {\n      homeVisit {\n        id\n        signalId\n      }\n      residentId\n      displayName\n    }\n  }\n": types.RecordHomeVisitDocument,
    "\n  query Signal($id: ID!) {\n    signal(id: $id) {\n      id\n      wijkCode\n      status\n      source\n      howToReach\n      concern\n      personAware\n      reporterContact\n      triageNote\n      createdAt\n      closedAt\n      deleteAfter\n      intakeResidentId\n      history {\n        fromStatus\n        toStatus\n        note\n        triagedAt\n      }\n    }\n  }\n": types.SignalDocument,
    "\n  mutation TriageSignal($input: TriageSignalInput!) {\n    triageSignal(input: $input) {\n      id\n      wijkCode\n      status\n      source\n      howToReach\n      concern\n      personAware\n      reporterContact\n      triageNote\n      createdAt\n      closedAt\n      deleteAfter\n      intakeResidentId\n      history {\n        fromStatus\n        toStatus\n        note\n        triagedAt\n      }\n    }\n  }\n": types.TriageSignalDocument,
    "\n  query Signals($filter: SignalsFilterInput, $after: String) {\n    signals(filter: $filter, first: 50, after: $after) {\n      nodes {\n        id\n        wijkCode\n        status\n        source\n        concern\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SignalsDocument,
    "\n  subscription SignalFiled {\n    signalFiled {\n      signalId\n      wijkCode\n    }\n  }\n": types.SignalFiledDocument,
    "\n  mutation FileSignal($input: FileSignalInput!) {\n    fileSignal(input: $input) {\n      reference\n      wijkName\n    }\n  }\n": types.FileSignalDocument,
    "\n  mutation CreateResidentOnBehalf($input: CreateResidentOnBehalfInput!) {\n    createResidentOnBehalf(input: $input) {\n      userId\n      displayName\n    }\n  }\n": types.CreateResidentOnBehalfDocument,
    "\n  query Resident($userId: ID!) {\n    resident(userId: $userId) {\n      userId\n      displayName\n      wijkCode\n      postcode\n      ageBand\n      languages\n      interests\n      interestsText\n      talents\n      talentsText\n      wishes\n      wishesText\n      availability\n      needs\n      travelRadiusKm\n      viaSocialWorker\n      contactPreference\n      onBehalf\n      updatedAt\n      consents {\n        kind\n        method\n        givenAt\n        withdrawnAt\n      }\n    }\n  }\n": types.ResidentDocument,
    "\n  query ResidentHomeVisits($residentId: ID!) {\n    homeVisits(residentId: $residentId) {\n      id\n      visitedOn\n      visitedByName\n      livingSituation\n      contactFrequency\n      mobility\n      notes\n    }\n  }\n": types.ResidentHomeVisitsDocument,
    "\n  query Residents($filter: ResidentsFilterInput, $after: String) {\n    residents(filter: $filter, first: 50, after: $after) {\n      nodes {\n        userId\n        displayName\n        wijkCode\n        onBehalf\n        viaSocialWorker\n        updatedAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ResidentsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      wijkCodes\n      organisationId\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      wijkCodes\n      organisationId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AccountUpdated {\n    accountUpdated {\n      id\n      email\n      displayName\n      role\n      wijkCodes\n      organisationId\n    }\n  }\n"): (typeof documents)["\n  subscription AccountUpdated {\n    accountUpdated {\n      id\n      email\n      displayName\n      role\n      wijkCodes\n      organisationId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Occurrences($wijkCode: String, $organisationId: ID, $from: DateTime, $to: DateTime, $first: Int! = 200) {\n    occurrences(wijkCode: $wijkCode, organisationId: $organisationId, from: $from, to: $to, first: $first) {\n      activityId\n      startsAt\n      endsAt\n      placesLeft\n      activity {\n        id\n        title\n        description\n        tags\n        free\n        costCents\n        walkIn\n        capacity\n        accessibility\n        wijkCode\n        location {\n          name\n          addressLine\n        }\n        organisation {\n          id\n          name\n          phone\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Occurrences($wijkCode: String, $organisationId: ID, $from: DateTime, $to: DateTime, $first: Int! = 200) {\n    occurrences(wijkCode: $wijkCode, organisationId: $organisationId, from: $from, to: $to, first: $first) {\n      activityId\n      startsAt\n      endsAt\n      placesLeft\n      activity {\n        id\n        title\n        description\n        tags\n        free\n        costCents\n        walkIn\n        capacity\n        accessibility\n        wijkCode\n        location {\n          name\n          addressLine\n        }\n        organisation {\n          id\n          name\n          phone\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySignUps($includePast: Boolean! = false) {\n    mySignUps(includePast: $includePast) {\n      id\n      status\n      occurrenceStart\n      activityId\n      activity {\n        id\n        title\n        location {\n          name\n          addressLine\n        }\n        schedule {\n          durationMinutes\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MySignUps($includePast: Boolean! = false) {\n    mySignUps(includePast: $includePast) {\n      id\n      status\n      occurrenceStart\n      activityId\n      activity {\n        id\n        title\n        location {\n          name\n          addressLine\n        }\n        schedule {\n          durationMinutes\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tags {\n    tags {\n      slug\n      labelNl\n      labelEn\n      category\n    }\n  }\n"): (typeof documents)["\n  query Tags {\n    tags {\n      slug\n      labelNl\n      labelEn\n      category\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Wijken {\n    wijken {\n      code\n      name\n      municipalityName\n    }\n  }\n"): (typeof documents)["\n  query Wijken {\n    wijken {\n      code\n      name\n      municipalityName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      account {\n        id\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      account {\n        id\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportMyData {\n    exportMyData\n  }\n"): (typeof documents)["\n  mutation ExportMyData {\n    exportMyData\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseMe($confirm: Boolean!) {\n    eraseMe(confirm: $confirm)\n  }\n"): (typeof documents)["\n  mutation EraseMe($confirm: Boolean!) {\n    eraseMe(confirm: $confirm)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      expiresAt\n      account {\n        id\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      expiresAt\n      account {\n        id\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditLogFilterInput, $after: String) {\n    auditLog(filter: $filter, first: 50, after: $after) {\n      nodes {\n        id\n        action\n        actorId\n        subjectType\n        subjectId\n        wijkCode\n        details\n        occurredAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditLogFilterInput, $after: String) {\n    auditLog(filter: $filter, first: 50, after: $after) {\n      nodes {\n        id\n        action\n        actorId\n        subjectType\n        subjectId\n        wijkCode\n        details\n        occurredAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WijkStats($from: DateTime!, $to: DateTime!, $wijkCodes: [String!]) {\n    wijkStats(from: $from, to: $to, wijkCodes: $wijkCodes) {\n      from\n      to\n      rows {\n        wijkCode\n        wijkName\n        activeResidents { value suppressed display }\n        openOffers { value suppressed display }\n        openRequests { value suppressed display }\n        proposals { value suppressed display }\n        accepted { value suppressed display }\n        followedUp { value suppressed display }\n        medianDaysToFirstMatch { value suppressed display }\n        shareWithAcceptedMatch { value suppressed display }\n        signalsNew { value suppressed display }\n        signalsContacted { value suppressed display }\n        signalsIntakeDone { value suppressed display }\n        signalsNoAction { value suppressed display }\n        changeAll { value suppressed display }\n        changeActivity { value suppressed display }\n        changeBuddy { value suppressed display }\n        changePeerMatch { value suppressed display }\n        changeNone { value suppressed display }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WijkStats($from: DateTime!, $to: DateTime!, $wijkCodes: [String!]) {\n    wijkStats(from: $from, to: $to, wijkCodes: $wijkCodes) {\n      from\n      to\n      rows {\n        wijkCode\n        wijkName\n        activeResidents { value suppressed display }\n        openOffers { value suppressed display }\n        openRequests { value suppressed display }\n        proposals { value suppressed display }\n        accepted { value suppressed display }\n        followedUp { value suppressed display }\n        medianDaysToFirstMatch { value suppressed display }\n        shareWithAcceptedMatch { value suppressed display }\n        signalsNew { value suppressed display }\n        signalsContacted { value suppressed display }\n        signalsIntakeDone { value suppressed display }\n        signalsNoAction { value suppressed display }\n        changeAll { value suppressed display }\n        changeActivity { value suppressed display }\n        changeBuddy { value suppressed display }\n        changePeerMatch { value suppressed display }\n        changeNone { value suppressed display }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganisations($status: OrganisationStatus, $after: String) {\n    organisations(filter: { status: $status }, first: 50, after: $after) {\n      nodes {\n        id\n        name\n        kind\n        description\n        email\n        phone\n        website\n        wijkCodes\n        status\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminOrganisations($status: OrganisationStatus, $after: String) {\n    organisations(filter: { status: $status }, first: 50, after: $after) {\n      nodes {\n        id\n        name\n        kind\n        description\n        email\n        phone\n        website\n        wijkCodes\n        status\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveOrganisation($id: ID!) {\n    approveOrganisation(id: $id) {\n      id\n      status\n      approvedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveOrganisation($id: ID!) {\n    approveOrganisation(id: $id) {\n      id\n      status\n      approvedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      id\n      displayName\n      role\n      wijkCodes\n      organisationId\n    }\n  }\n"): (typeof documents)["\n  mutation AssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      id\n      displayName\n      role\n      wijkCodes\n      organisationId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationChoices {\n    organisations(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationChoices {\n    organisations(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsByEmail($email: String!) {\n    accounts(email: $email, first: 10) {\n      nodes {\n        id\n        email\n        displayName\n        role\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountsByEmail($email: String!) {\n    accounts(email: $email, first: 10) {\n      nodes {\n        id\n        email\n        displayName\n        role\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportWijken($csv: String!) {\n    importWijken(csv: $csv) {\n      imported\n      updated\n      unchanged\n      wijken\n      buurten\n      postcodes\n      errors {\n        line\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportWijken($csv: String!) {\n    importWijken(csv: $csv) {\n      imported\n      updated\n      unchanged\n      wijken\n      buurten\n      postcodes\n      errors {\n        line\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Activity($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      description\n      tags\n      free\n      costCents\n      walkIn\n      capacity\n      accessibility\n      audience\n      languages\n      status\n      wijkCode\n      organisationId\n      cancellationReason\n      location {\n        name\n        addressLine\n      }\n      schedule {\n        kind\n        startsAt\n        endsAt\n        durationMinutes\n      }\n      organisation {\n        id\n        name\n        phone\n        email\n        website\n      }\n    }\n  }\n"): (typeof documents)["\n  query Activity($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      description\n      tags\n      free\n      costCents\n      walkIn\n      capacity\n      accessibility\n      audience\n      languages\n      status\n      wijkCode\n      organisationId\n      cancellationReason\n      location {\n        name\n        addressLine\n      }\n      schedule {\n        kind\n        startsAt\n        endsAt\n        durationMinutes\n      }\n      organisation {\n        id\n        name\n        phone\n        email\n        website\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($activityId: ID!, $occurrenceStart: DateTime) {\n    signUp(activityId: $activityId, occurrenceStart: $occurrenceStart) {\n      id\n      status\n      occurrenceStart\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($activityId: ID!, $occurrenceStart: DateTime) {\n    signUp(activityId: $activityId, occurrenceStart: $occurrenceStart) {\n      id\n      status\n      occurrenceStart\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWijk {\n    myProfile {\n      userId\n      wijkCode\n    }\n  }\n"): (typeof documents)["\n  query MyWijk {\n    myProfile {\n      userId\n      wijkCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelSignUp($id: ID!) {\n    cancelSignUp(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelSignUp($id: ID!) {\n    cancelSignUp(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrintWijk($code: String!) {\n    wijk(code: $code) {\n      code\n      name\n      municipalityName\n    }\n  }\n"): (typeof documents)["\n  query PrintWijk($code: String!) {\n    wijk(code: $code) {\n      code\n      name\n      municipalityName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndBuddyTrajectory($input: EndBuddyTrajectoryInput!) {\n    endBuddyTrajectory(input: $input) {\n      id\n      status\n      outcome\n      endedOn\n    }\n  }\n"): (typeof documents)["\n  mutation EndBuddyTrajectory($input: EndBuddyTrajectoryInput!) {\n    endBuddyTrajectory(input: $input) {\n      id\n      status\n      outcome\n      endedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuddyCandidates($filter: ResidentsFilterInput) {\n    residents(filter: $filter, first: 100) {\n      nodes {\n        userId\n        displayName\n        wijkCode\n        onBehalf\n      }\n    }\n  }\n"): (typeof documents)["\n  query BuddyCandidates($filter: ResidentsFilterInput) {\n    residents(filter: $filter, first: 100) {\n      nodes {\n        userId\n        displayName\n        wijkCode\n        onBehalf\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartBuddyTrajectory($input: StartBuddyTrajectoryInput!) {\n    startBuddyTrajectory(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StartBuddyTrajectory($input: StartBuddyTrajectoryInput!) {\n    startBuddyTrajectory(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuddyTrajectories {\n    buddyTrajectories(first: 100) {\n      nodes {\n        id\n        status\n        wijkCode\n        startedOn\n        plannedEndOn\n        endedOn\n        outcome\n        goal\n        checkInEveryWeeks\n        myRole\n        volunteer {\n          userId\n          displayName\n          contact\n        }\n        resident {\n          userId\n          displayName\n          contact\n        }\n        nextCheckInId\n        nextCheckInOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query BuddyTrajectories {\n    buddyTrajectories(first: 100) {\n      nodes {\n        id\n        status\n        wijkCode\n        startedOn\n        plannedEndOn\n        endedOn\n        outcome\n        goal\n        checkInEveryWeeks\n        myRole\n        volunteer {\n          userId\n          displayName\n          contact\n        }\n        resident {\n          userId\n          displayName\n          contact\n        }\n        nextCheckInId\n        nextCheckInOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuddyTrajectory($id: ID!) {\n    buddyTrajectory(id: $id) {\n      id\n      status\n      wijkCode\n      startedOn\n      plannedEndOn\n      endedOn\n      outcome\n      goal\n      checkInEveryWeeks\n      endNote\n      volunteer {\n        userId\n        displayName\n        contact\n      }\n      resident {\n        userId\n        displayName\n        contact\n      }\n      nextCheckInId\n      nextCheckInOn\n    }\n    buddyCheckIns(trajectoryId: $id, first: 100) {\n      nodes {\n        id\n        dueOn\n        due\n        doneAt\n        howItGoes\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  query BuddyTrajectory($id: ID!) {\n    buddyTrajectory(id: $id) {\n      id\n      status\n      wijkCode\n      startedOn\n      plannedEndOn\n      endedOn\n      outcome\n      goal\n      checkInEveryWeeks\n      endNote\n      volunteer {\n        userId\n        displayName\n        contact\n      }\n      resident {\n        userId\n        displayName\n        contact\n      }\n      nextCheckInId\n      nextCheckInOn\n    }\n    buddyCheckIns(trajectoryId: $id, first: 100) {\n      nodes {\n        id\n        dueOn\n        due\n        doneAt\n        howItGoes\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DueBuddyCheckIns {\n    buddyCheckIns(due: true, first: 100) {\n      nodes {\n        id\n        dueOn\n        trajectory {\n          id\n          volunteer {\n            displayName\n          }\n          resident {\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DueBuddyCheckIns {\n    buddyCheckIns(due: true, first: 100) {\n      nodes {\n        id\n        dueOn\n        trajectory {\n          id\n          volunteer {\n            displayName\n          }\n          resident {\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordBuddyCheckIn($input: RecordBuddyCheckInInput!) {\n    recordBuddyCheckIn(input: $input) {\n      id\n      doneAt\n      howItGoes\n    }\n  }\n"): (typeof documents)["\n  mutation RecordBuddyCheckIn($input: RecordBuddyCheckInInput!) {\n    recordBuddyCheckIn(input: $input) {\n      id\n      doneAt\n      howItGoes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurationQueue {\n    curationQueue(first: 20) {\n      nodes {\n        id\n        kind\n        status\n        activityId\n        offerPostId\n        requestPostId\n        residentId\n        reasons {\n          nl\n          en\n        }\n        score\n        curated\n        curationNote\n        warmHandover\n        counterpartContact\n        acceptedByMe\n        offeredAt\n        respondedAt\n        updatedAt\n        wijkCode\n        proposedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query CurationQueue {\n    curationQueue(first: 20) {\n      nodes {\n        id\n        kind\n        status\n        activityId\n        offerPostId\n        requestPostId\n        residentId\n        reasons {\n          nl\n          en\n        }\n        score\n        curated\n        curationNote\n        warmHandover\n        counterpartContact\n        acceptedByMe\n        offeredAt\n        respondedAt\n        updatedAt\n        wijkCode\n        proposedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CurationQueueChanged {\n    curationQueueChanged {\n      change\n      matchId\n      wijkCode\n    }\n  }\n"): (typeof documents)["\n  subscription CurationQueueChanged {\n    curationQueueChanged {\n      change\n      matchId\n      wijkCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurateMatch($input: CurateMatchInput!) {\n    curateMatch(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CurateMatch($input: CurateMatchInput!) {\n    curateMatch(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUps {\n    followUps(first: 50) {\n      nodes {\n        id\n        kind\n        status\n        activityId\n        offerPostId\n        requestPostId\n        residentId\n        reasons {\n          nl\n          en\n        }\n        score\n        curated\n        curationNote\n        warmHandover\n        counterpartContact\n        acceptedByMe\n        offeredAt\n        respondedAt\n        updatedAt\n        wijkCode\n        followUpDueAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowUps {\n    followUps(first: 50) {\n      nodes {\n        id\n        kind\n        status\n        activityId\n        offerPostId\n        requestPostId\n        residentId\n        reasons {\n          nl\n          en\n        }\n        score\n        curated\n        curationNote\n        warmHandover\n        counterpartContact\n        acceptedByMe\n        offeredAt\n        respondedAt\n        updatedAt\n        wijkCode\n        followUpDueAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFollowUp($input: RecordFollowUpInput!) {\n    recordFollowUp(input: $input) {\n      id\n      status\n      followedUpAt\n      outcomeWentWell\n      outcomeWantsMore\n    }\n  }\n"): (typeof documents)["\n  mutation RecordFollowUp($input: RecordFollowUpInput!) {\n    recordFollowUp(input: $input) {\n      id\n      status\n      followedUpAt\n      outcomeWentWell\n      outcomeWantsMore\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchActivity($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      walkIn\n      free\n      costCents\n      location {\n        name\n      }\n      schedule {\n        kind\n        startsAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatchActivity($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      walkIn\n      free\n      costCents\n      location {\n        name\n      }\n      schedule {\n        kind\n        startsAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchPost($id: ID!) {\n    post(id: $id) {\n      id\n      kind\n      title\n      text\n      authorName\n    }\n  }\n"): (typeof documents)["\n  query MatchPost($id: ID!) {\n    post(id: $id) {\n      id\n      kind\n      title\n      text\n      authorName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToMatch($input: RespondToMatchInput!) {\n    respondToMatch(input: $input) {\n      id\n      status\n      acceptedByMe\n      counterpartContact\n      respondedAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToMatch($input: RespondToMatchInput!) {\n    respondToMatch(input: $input) {\n      id\n      status\n      acceptedByMe\n      counterpartContact\n      respondedAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Matches($since: DateTime, $first: Int! = 50) {\n    matches(since: $since, first: $first) {\n      nodes {\n        id\n        kind\n        status\n        activityId\n        offerPostId\n        requestPostId\n        residentId\n        reasons {\n          nl\n          en\n        }\n        score\n        curated\n        curationNote\n        warmHandover\n        counterpartContact\n        acceptedByMe\n        offeredAt\n        respondedAt\n        updatedAt\n        wijkCode\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Matches($since: DateTime, $first: Int! = 50) {\n    matches(since: $since, first: $first) {\n      nodes {\n        id\n        kind\n        status\n        activityId\n        offerPostId\n        requestPostId\n        residentId\n        reasons {\n          nl\n          en\n        }\n        score\n        curated\n        curationNote\n        warmHandover\n        counterpartContact\n        acceptedByMe\n        offeredAt\n        respondedAt\n        updatedAt\n        wijkCode\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MatchProposed {\n    matchProposed {\n      id\n      status\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  subscription MatchProposed {\n    matchProposed {\n      id\n      status\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MatchUpdated {\n    matchUpdated {\n      id\n      status\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  subscription MatchUpdated {\n    matchUpdated {\n      id\n      status\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeasurementFields on Measurement {\n    id\n    residentId\n    moment\n    takenAt\n    method\n    emotionalScore\n    socialScore\n    totalScore\n    answers {\n      emptiness\n      missPeople\n      abandoned\n      canRelyOn\n      trustFully\n      closeTo\n    }\n  }\n"): (typeof documents)["\n  fragment MeasurementFields on Measurement {\n    id\n    residentId\n    moment\n    takenAt\n    method\n    emotionalScore\n    socialScore\n    totalScore\n    answers {\n      emptiness\n      missPeople\n      abandoned\n      canRelyOn\n      trustFully\n      closeTo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMeasurements {\n    myMeasurements {\n      ...MeasurementFields\n    }\n  }\n"): (typeof documents)["\n  query MyMeasurements {\n    myMeasurements {\n      ...MeasurementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentMeasurements($residentId: ID!) {\n    measurements(residentId: $residentId) {\n      ...MeasurementFields\n    }\n    resident(userId: $residentId) {\n      userId\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query ResidentMeasurements($residentId: ID!) {\n    measurements(residentId: $residentId) {\n      ...MeasurementFields\n    }\n    resident(userId: $residentId) {\n      userId\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) {\n      ...MeasurementFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) {\n      ...MeasurementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosePost($id: ID!) {\n    closePost(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ClosePost($id: ID!) {\n    closePost(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendPost($id: ID!) {\n    extendPost(id: $id) {\n      id\n      status\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation ExtendPost($id: ID!) {\n    extendPost(id: $id) {\n      id\n      status\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      kind\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      kind\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Posts($filter: FilterPostsInput, $after: String) {\n    posts(filter: $filter, after: $after, first: 20) {\n      nodes {\n        id\n        kind\n        title\n        text\n        tags\n        authorName\n        wijkName\n        wijkCode\n        createdAt\n        isMine\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Posts($filter: FilterPostsInput, $after: String) {\n    posts(filter: $filter, after: $after, first: 20) {\n      nodes {\n        id\n        kind\n        title\n        text\n        tags\n        authorName\n        wijkName\n        wijkCode\n        createdAt\n        isMine\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPosts($after: String) {\n    myPosts(after: $after, first: 50) {\n      nodes {\n        id\n        kind\n        title\n        text\n        tags\n        status\n        createdAt\n        expiresAt\n        wijkName\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPosts($after: String) {\n    myPosts(after: $after, first: 50) {\n      nodes {\n        id\n        kind\n        title\n        text\n        tags\n        status\n        createdAt\n        expiresAt\n        wijkName\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      userId\n      wijkCode\n      postcode\n      interests\n      interestsText\n      talents\n      talentsText\n      availability\n      needs\n      travelRadiusKm\n      viaSocialWorker\n      contactPreference\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      userId\n      wijkCode\n      postcode\n      interests\n      interestsText\n      talents\n      talentsText\n      availability\n      needs\n      travelRadiusKm\n      viaSocialWorker\n      contactPreference\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WijkForPostcode($postcode: String!) {\n    wijkForPostcode(postcode: $postcode) {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query WijkForPostcode($postcode: String!) {\n    wijkForPostcode(postcode: $postcode) {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    myProfile {\n      userId\n      displayName\n      wijkCode\n      postcode\n      interests\n      interestsText\n      talents\n      talentsText\n      availability\n      needs\n      travelRadiusKm\n      viaSocialWorker\n      contactPreference\n      consents {\n        kind\n        givenAt\n        withdrawnAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyProfile {\n    myProfile {\n      userId\n      displayName\n      wijkCode\n      postcode\n      interests\n      interestsText\n      talents\n      talentsText\n      availability\n      needs\n      travelRadiusKm\n      viaSocialWorker\n      contactPreference\n      consents {\n        kind\n        givenAt\n        withdrawnAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditActivity($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      description\n      wijkCode\n      tags\n      status\n      capacity\n      costCents\n      walkIn\n      accessibility\n      location {\n        name\n        addressLine\n      }\n      schedule {\n        kind\n        startsAt\n        endsAt\n        rrule\n        durationMinutes\n        until\n      }\n    }\n  }\n"): (typeof documents)["\n  query EditActivity($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      description\n      wijkCode\n      tags\n      status\n      capacity\n      costCents\n      walkIn\n      accessibility\n      location {\n        name\n        addressLine\n      }\n      schedule {\n        kind\n        startsAt\n        endsAt\n        rrule\n        durationMinutes\n        until\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n      title\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n      title\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      id\n      title\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      id\n      title\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProviderActivity($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      status\n      capacity\n      walkIn\n      wijkCode\n      organisationId\n    }\n  }\n"): (typeof documents)["\n  query ProviderActivity($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      status\n      capacity\n      walkIn\n      wijkCode\n      organisationId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivitySignUps($id: ID!, $from: DateTime, $to: DateTime) {\n    activitySignUps(activityId: $id, from: $from, to: $to) {\n      activityId\n      startsAt\n      endsAt\n      capacity\n      confirmed {\n        signUpId\n        name\n      }\n      waiting {\n        signUpId\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivitySignUps($id: ID!, $from: DateTime, $to: DateTime) {\n    activitySignUps(activityId: $id, from: $from, to: $to) {\n      activityId\n      startsAt\n      endsAt\n      capacity\n      confirmed {\n        signUpId\n        name\n      }\n      waiting {\n        signUpId\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ActivitySignUpsChanged($id: ID!) {\n    activitySignUpsChanged(activityId: $id) {\n      activityId\n      occurrenceStart\n    }\n  }\n"): (typeof documents)["\n  subscription ActivitySignUpsChanged($id: ID!) {\n    activitySignUpsChanged(activityId: $id) {\n      activityId\n      occurrenceStart\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      apiToken {\n        id\n        name\n        prefix\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      apiToken {\n        id\n        name\n        prefix\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      kind\n      description\n      email\n      phone\n      website\n      wijkCodes\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      kind\n      description\n      email\n      phone\n      website\n      wijkCodes\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationActivities($organisationId: ID!, $after: String) {\n    activities(filter: { organisationId: $organisationId }, first: 100, after: $after) {\n      nodes {\n        id\n        title\n        status\n        wijkCode\n        capacity\n        schedule {\n          kind\n          startsAt\n          rrule\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationActivities($organisationId: ID!, $after: String) {\n    activities(filter: { organisationId: $organisationId }, first: 100, after: $after) {\n      nodes {\n        id\n        title\n        status\n        wijkCode\n        capacity\n        schedule {\n          kind\n          startsAt\n          rrule\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishActivity($id: ID!) {\n    publishActivity(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PublishActivity($id: ID!) {\n    publishActivity(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelActivity($id: ID!, $reason: String) {\n    cancelActivity(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelActivity($id: ID!, $reason: String) {\n    cancelActivity(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      description\n      email\n      phone\n      website\n      wijkCodes\n      status\n      approvedAt\n    }\n  }\n"): (typeof documents)["\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      description\n      email\n      phone\n      website\n      wijkCodes\n      status\n      approvedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($input: SearchInput, $after: String) {\n    search(input: $input, first: 20, after: $after) {\n      totalCount\n      nodes {\n        id\n        type\n        title\n        titleHighlight {\n          text\n          match\n        }\n        snippet {\n          text\n          match\n        }\n        locationName\n        organisationName\n        postKind\n        wijkNames\n        upcomingDates\n        free\n        walkIn\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search($input: SearchInput, $after: String) {\n    search(input: $input, first: 20, after: $after) {\n      totalCount\n      nodes {\n        id\n        type\n        title\n        titleHighlight {\n          text\n          match\n        }\n        snippet {\n          text\n          match\n        }\n        locationName\n        organisationName\n        postKind\n        wijkNames\n        upcomingDates\n        free\n        walkIn\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordHomeVisit($input: RecordHomeVisitInput!) {\n    recordHomeVisit(input: $input) {\n      homeVisit {\n        id\n        signalId\n      }\n      residentId\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation RecordHomeVisit($input: RecordHomeVisitInput!) {\n    recordHomeVisit(input: $input) {\n      homeVisit {\n        id\n        signalId\n      }\n      residentId\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Signal($id: ID!) {\n    signal(id: $id) {\n      id\n      wijkCode\n      status\n      source\n      howToReach\n      concern\n      personAware\n      reporterContact\n      triageNote\n      createdAt\n      closedAt\n      deleteAfter\n      intakeResidentId\n      history {\n        fromStatus\n        toStatus\n        note\n        triagedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Signal($id: ID!) {\n    signal(id: $id) {\n      id\n      wijkCode\n      status\n      source\n      howToReach\n      concern\n      personAware\n      reporterContact\n      triageNote\n      createdAt\n      closedAt\n      deleteAfter\n      intakeResidentId\n      history {\n        fromStatus\n        toStatus\n        note\n        triagedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TriageSignal($input: TriageSignalInput!) {\n    triageSignal(input: $input) {\n      id\n      wijkCode\n      status\n      source\n      howToReach\n      concern\n      personAware\n      reporterContact\n      triageNote\n      createdAt\n      closedAt\n      deleteAfter\n      intakeResidentId\n      history {\n        fromStatus\n        toStatus\n        note\n        triagedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TriageSignal($input: TriageSignalInput!) {\n    triageSignal(input: $input) {\n      id\n      wijkCode\n      status\n      source\n      howToReach\n      concern\n      personAware\n      reporterContact\n      triageNote\n      createdAt\n      closedAt\n      deleteAfter\n      intakeResidentId\n      history {\n        fromStatus\n        toStatus\n        note\n        triagedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Signals($filter: SignalsFilterInput, $after: String) {\n    signals(filter: $filter, first: 50, after: $after) {\n      nodes {\n        id\n        wijkCode\n        status\n        source\n        concern\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Signals($filter: SignalsFilterInput, $after: String) {\n    signals(filter: $filter, first: 50, after: $after) {\n      nodes {\n        id\n        wijkCode\n        status\n        source\n        concern\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SignalFiled {\n    signalFiled {\n      signalId\n      wijkCode\n    }\n  }\n"): (typeof documents)["\n  subscription SignalFiled {\n    signalFiled {\n      signalId\n      wijkCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileSignal($input: FileSignalInput!) {\n    fileSignal(input: $input) {\n      reference\n      wijkName\n    }\n  }\n"): (typeof documents)["\n  mutation FileSignal($input: FileSignalInput!) {\n    fileSignal(input: $input) {\n      reference\n      wijkName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateResidentOnBehalf($input: CreateResidentOnBehalfInput!) {\n    createResidentOnBehalf(input: $input) {\n      userId\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation CreateResidentOnBehalf($input: CreateResidentOnBehalfInput!) {\n    createResidentOnBehalf(input: $input) {\n      userId\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Resident($userId: ID!) {\n    resident(userId: $userId) {\n      userId\n      displayName\n      wijkCode\n      postcode\n      ageBand\n      languages\n      interests\n      interestsText\n      talents\n      talentsText\n      wishes\n      wishesText\n      availability\n      needs\n      travelRadiusKm\n      viaSocialWorker\n      contactPreference\n      onBehalf\n      updatedAt\n      consents {\n        kind\n        method\n        givenAt\n        withdrawnAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Resident($userId: ID!) {\n    resident(userId: $userId) {\n      userId\n      displayName\n      wijkCode\n      postcode\n      ageBand\n      languages\n      interests\n      interestsText\n      talents\n      talentsText\n      wishes\n      wishesText\n      availability\n      needs\n      travelRadiusKm\n      viaSocialWorker\n      contactPreference\n      onBehalf\n      updatedAt\n      consents {\n        kind\n        method\n        givenAt\n        withdrawnAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentHomeVisits($residentId: ID!) {\n    homeVisits(residentId: $residentId) {\n      id\n      visitedOn\n      visitedByName\n      livingSituation\n      contactFrequency\n      mobility\n      notes\n    }\n  }\n"): (typeof documents)["\n  query ResidentHomeVisits($residentId: ID!) {\n    homeVisits(residentId: $residentId) {\n      id\n      visitedOn\n      visitedByName\n      livingSituation\n      contactFrequency\n      mobility\n      notes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Residents($filter: ResidentsFilterInput, $after: String) {\n    residents(filter: $filter, first: 50, after: $after) {\n      nodes {\n        userId\n        displayName\n        wijkCode\n        onBehalf\n        viaSocialWorker\n        updatedAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Residents($filter: ResidentsFilterInput, $after: String) {\n    residents(filter: $filter, first: 50, after: $after) {\n      nodes {\n        userId\n        displayName\n        wijkCode\n        onBehalf\n        viaSocialWorker\n        updatedAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;