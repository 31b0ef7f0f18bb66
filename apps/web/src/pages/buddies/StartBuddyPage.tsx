import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { ProblemMessage } from '../../components/ProblemMessage';
import { SelectField, TextareaField, TextField } from '../../forms/fields';
import { type ClientProblem, useFormErrors } from '../../forms/useFormErrors';
import { graphql } from '../../gql';
import { BUDDY_TRAJECTORIES, isoDay } from './buddy-data';

const CANDIDATES = graphql(`
  query BuddyCandidates($filter: ResidentsFilterInput) {
    residents(filter: $filter, first: 100) {
      nodes {
        userId
        displayName
        wijkCode
        onBehalf
      }
    }
  }
`);

const START = graphql(`
  mutation StartBuddyTrajectory($input: StartBuddyTrajectoryInput!) {
    startBuddyTrajectory(input: $input) {
      id
    }
  }
`);

const WEEKS = [2, 3, 4, 5, 6, 7, 8];

/** Maatje koppelen: a social worker links a volunteer and a resident of their wijken. */
export function StartBuddyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [filter, setFilter] = useState<{ text?: string }>({});
  const candidates = useQuery(CANDIDATES, { variables: { filter } });
  const [start, { loading }] = useMutation(START, { refetchQueries: [BUDDY_TRAJECTORIES] });
  const [form, setForm] = useState({
    volunteerId: '',
    residentId: '',
    startsOn: isoDay(),
    plannedEndOn: isoDay(182),
    checkInEveryWeeks: '4',
    goal: '',
    residentContact: '',
    volunteerContact: '',
  });
  const fields = {
    volunteerId: { id: 'buddy-volunteer', label: t('buddies.chooseVolunteer') },
    residentId: { id: 'buddy-resident', label: t('buddies.chooseResident') },
    startsOn: { id: 'buddy-starts-on', label: t('buddies.startsOn') },
    plannedEndOn: { id: 'buddy-planned-end-on', label: t('buddies.plannedEndOn') },
    checkInEveryWeeks: { id: 'buddy-every', label: t('buddies.every') },
    goal: { id: 'buddy-goal', label: t('buddies.goal') },
    residentContact: { id: 'buddy-resident-contact', label: t('buddies.residentContact') },
    volunteerContact: { id: 'buddy-volunteer-contact', label: t('buddies.volunteerContact') },
  };
  const errors = useFormErrors(fields);
  const people = candidates.data?.residents.nodes ?? [];
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const choose = { value: '', label: t('buddies.choosePerson') };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems: ClientProblem[] = [];
    if (!form.volunteerId) problems.push({ field: 'volunteerId', key: 'choose' });
    if (!form.residentId) problems.push({ field: 'residentId', key: 'choose' });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.startsOn)) problems.push({ field: 'startsOn', key: 'date' });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.plannedEndOn)) problems.push({ field: 'plannedEndOn', key: 'date' });
    if (errors.check(problems)) return;
    try {
      const result = await start({
        variables: {
          input: {
            volunteerId: form.volunteerId,
            residentId: form.residentId,
            startsOn: form.startsOn,
            plannedEndOn: form.plannedEndOn,
            checkInEveryWeeks: Number(form.checkInEveryWeeks),
            goal: form.goal.trim() || null,
            residentContact: form.residentContact.trim() || null,
            volunteerContact: form.volunteerContact.trim() || null,
          },
        },
      });
      const id = result.data?.startBuddyTrajectory.id;
      if (id) void navigate(`/social/buddies/${id}`, { state: { started: true } });
    } catch (e) {
      errors.handle(e);
    }
  }

  return (
    <>
      <PageHeading>{t('buddies.newTitle')}</PageHeading>
      <Paragraph>{t('buddies.newIntro')}</Paragraph>
      <form
        noValidate
        className="bb-form bb-inline-form"
        aria-label={t('buddies.findName')}
        onSubmit={(event) => {
          event.preventDefault();
          setFilter(search.trim() ? { text: search.trim() } : {});
        }}
      >
        <TextField name="search" spec={{ id: 'buddy-search', label: t('buddies.findName') }} errors={errors} type="search" value={search} onChange={setSearch} />
        <Button type="submit" appearance="secondary-action-button">
          {t('buddies.find')}
        </Button>
      </form>
      {candidates.error && <ProblemMessage error={candidates.error} />}
      <form noValidate onSubmit={submit} className="bb-form" aria-label={t('buddies.newTitle')}>
        <ErrorSummary errors={errors} />
        <SelectField
          name="volunteerId"
          spec={fields.volunteerId}
          errors={errors}
          description={t('buddies.chooseVolunteerHelp')}
          value={form.volunteerId}
          onChange={set('volunteerId')}
          options={[choose, ...people.filter((p) => !p.onBehalf).map((p) => ({ value: p.userId, label: p.displayName }))]}
        />
        <SelectField
          name="residentId"
          spec={fields.residentId}
          errors={errors}
          value={form.residentId}
          onChange={set('residentId')}
          options={[choose, ...people.map((p) => ({ value: p.userId, label: p.displayName }))]}
        />
        <TextField name="startsOn" spec={fields.startsOn} errors={errors} type="date" value={form.startsOn} onChange={set('startsOn')} />
        <TextField name="plannedEndOn" spec={fields.plannedEndOn} errors={errors} type="date" description={t('buddies.plannedEndOnHelp')} value={form.plannedEndOn} onChange={set('plannedEndOn')} />
        <SelectField
          name="checkInEveryWeeks"
          spec={fields.checkInEveryWeeks}
          errors={errors}
          value={form.checkInEveryWeeks}
          onChange={set('checkInEveryWeeks')}
          options={WEEKS.map((n) => ({ value: String(n), label: t('buddies.everyWeeks', { count: n }) }))}
        />
        <TextareaField name="goal" spec={fields.goal} errors={errors} description={t('buddies.goalHelp')} rows={3} maxLength={1000} value={form.goal} onChange={set('goal')} />
        <TextField name="residentContact" spec={fields.residentContact} errors={errors} description={t('buddies.residentContactHelp')} maxLength={200} value={form.residentContact} onChange={set('residentContact')} />
        <TextField name="volunteerContact" spec={fields.volunteerContact} errors={errors} description={t('buddies.volunteerContactHelp')} maxLength={200} value={form.volunteerContact} onChange={set('volunteerContact')} />
        <div className="bb-actions utrecht-button-group">
          <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
            {t('buddies.submitStart')}
          </Button>
          <AppLink to="/social/buddies">{t('buddies.back')}</AppLink>
        </div>
      </form>
    </>
  );
}
