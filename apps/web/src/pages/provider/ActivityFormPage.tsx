import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useSession } from '../../auth/session';
import { AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { Loading, ProblemMessage } from '../../components/ProblemMessage';
import { useTags, useWijken } from '../../data/reference';
import { CheckboxList, RadioList, TagButtons } from '../../forms/choices';
import { SelectField, TextareaField, TextField } from '../../forms/fields';
import { useFormErrors } from '../../forms/useFormErrors';
import { graphql } from '../../gql';
import { ACCESSIBILITY, type ActivityForm, checkActivityForm, EMPTY_ACTIVITY, fromActivity, toCents, toSchedule, WEEKDAYS, type Weekday } from './activity-form';
import { ORGANISATION } from './organisation-data';
import { ORGANISATION_ACTIVITIES } from './ProviderActivitiesPage';

const EDIT_ACTIVITY = graphql(`
  query EditActivity($id: ID!) {
    activity(id: $id) {
      id
      title
      description
      wijkCode
      tags
      status
      capacity
      costCents
      walkIn
      accessibility
      location {
        name
        addressLine
      }
      schedule {
        kind
        startsAt
        endsAt
        rrule
        durationMinutes
        until
      }
    }
  }
`);

const CREATE_ACTIVITY = graphql(`
  mutation CreateActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      id
      title
      status
    }
  }
`);

const UPDATE_ACTIVITY = graphql(`
  mutation UpdateActivity($input: UpdateActivityInput!) {
    updateActivity(input: $input) {
      id
      title
      status
    }
  }
`);

/** Add or change an activity: what, where, when (once or weekly), for how many, at what cost. */
export function ActivityFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const { me } = useSession();
  const tags = useTags('all');
  const organisation = useQuery(ORGANISATION, { variables: { id: me?.organisationId ?? '' }, skip: !me?.organisationId });
  const wijken = useWijken(organisation.data?.organisation.wijkCodes);
  const existing = useQuery(EDIT_ACTIVITY, { variables: { id: id ?? '' }, skip: !id });
  const refetch = { refetchQueries: [ORGANISATION_ACTIVITIES] };
  const [create, creating] = useMutation(CREATE_ACTIVITY, refetch);
  const [update, updating] = useMutation(UPDATE_ACTIVITY, refetch);
  const [form, setForm] = useState<ActivityForm>(EMPTY_ACTIVITY);
  const activity = existing.data?.activity;
  useEffect(() => {
    if (activity) setForm(fromActivity(activity));
  }, [activity]);
  const set = (changes: Partial<ActivityForm>) => setForm((f) => ({ ...f, ...changes }));

  const fields = {
    title: { id: 'activity-title', label: t('activityForm.title') },
    description: { id: 'activity-description', label: t('activityForm.description') },
    wijkCode: { id: 'activity-wijk', label: t('activityForm.wijk') },
    tags: { id: 'activity-tags', label: t('activityForm.tags') },
    'location.name': { id: 'activity-location', label: t('activityForm.locationName') },
    'location.addressLine': { id: 'activity-address', label: t('activityForm.addressLine') },
    location: { id: 'activity-location', label: t('activityForm.locationName') },
    repeat: { id: 'activity-repeat', label: t('activityForm.repeat') },
    'schedule.startsAt': { id: 'activity-date', label: t('activityForm.date') },
    startTime: { id: 'activity-start', label: t('activityForm.startTime') },
    endTime: { id: 'activity-end', label: t('activityForm.endTime') },
    'schedule.endsAt': { id: 'activity-end', label: t('activityForm.endTime') },
    'schedule.durationMinutes': { id: 'activity-end', label: t('activityForm.endTime') },
    weekdays: { id: 'activity-weekdays', label: t('activityForm.weekdays') },
    'schedule.rrule': { id: 'activity-weekdays', label: t('activityForm.weekdays') },
    'schedule.until': { id: 'activity-until', label: t('activityForm.until') },
    schedule: { id: 'activity-date', label: t('activityForm.when') },
    capacity: { id: 'activity-capacity', label: t('activityForm.capacity') },
    costCents: { id: 'activity-cost', label: t('activityForm.cost') },
    walkIn: { id: 'activity-walkin', label: t('activityForm.walkIn') },
    accessibility: { id: 'activity-accessibility', label: t('activityForm.accessibility') },
  };
  const errors = useFormErrors(fields);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (errors.check(checkActivityForm(form))) return;
    const input = {
      title: form.title.trim(),
      description: form.description.trim(),
      wijkCode: form.wijkCode,
      tags: form.tags,
      location: { name: form.locationName.trim(), addressLine: form.addressLine.trim() || null },
      schedule: toSchedule(form),
      capacity: form.capacity.trim() ? Number(form.capacity) : null,
      costCents: toCents(form.cost),
      walkIn: form.walkIn,
      accessibility: form.accessibility,
    };
    try {
      if (id) await update({ variables: { input: { id, ...input } } });
      else await create({ variables: { input } });
      navigate('/organisation/activities', { state: { saved: input.title } });
    } catch (e) {
      errors.handle(e);
    }
  }

  if (existing.loading || organisation.loading) return <Loading />;
  if (existing.error) return <ProblemMessage error={existing.error} />;

  return (
    <>
      <PageHeading>{id ? t('activityForm.editTitle', { title: activity?.title ?? '' }) : t('activityForm.newTitle')}</PageHeading>
      {!id && <Paragraph>{t('activityForm.intro')}</Paragraph>}
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={submit} className="bb-form">
        <Heading2>{t('activityForm.what')}</Heading2>
        <TextField name="title" spec={fields.title} errors={errors} maxLength={150} description={t('activityForm.titleHelp')} value={form.title} onChange={(title) => set({ title })} />
        <TextareaField
          name="description"
          spec={fields.description}
          errors={errors}
          maxLength={5000}
          description={t('activityForm.descriptionHelp')}
          value={form.description}
          onChange={(description) => set({ description })}
        />
        <TagButtons name="tags" spec={fields.tags} errors={errors} options={tags.options} value={form.tags} onChange={(value) => set({ tags: value })} />

        <Heading2>{t('activityForm.where')}</Heading2>
        <SelectField
          name="wijkCode"
          spec={fields.wijkCode}
          errors={errors}
          value={form.wijkCode}
          onChange={(wijkCode) => set({ wijkCode })}
          options={[{ value: '', label: t('profile.wijk.chooseEmpty') }, ...wijken.options]}
        />
        <TextField name="location.name" spec={fields['location.name']} errors={errors} maxLength={120} description={t('activityForm.locationHelp')} value={form.locationName} onChange={(locationName) => set({ locationName })} />
        <TextField name="location.addressLine" spec={fields['location.addressLine']} errors={errors} maxLength={200} description={t('common.optional')} value={form.addressLine} onChange={(addressLine) => set({ addressLine })} />

        <Heading2>{t('activityForm.when')}</Heading2>
        <RadioList<'ONCE' | 'WEEKLY'>
          name="repeat"
          spec={fields.repeat}
          errors={errors}
          options={[
            { value: 'ONCE', label: t('activityForm.once') },
            { value: 'WEEKLY', label: t('activityForm.weekly') },
          ]}
          value={form.repeat}
          onChange={(repeat) => set({ repeat })}
        />
        <TextField
          name="schedule.startsAt"
          spec={fields['schedule.startsAt']}
          errors={errors}
          type="date"
          description={form.repeat === 'WEEKLY' ? t('activityForm.firstDateHelp') : undefined}
          value={form.date}
          onChange={(date) => set({ date })}
        />
        {form.repeat === 'WEEKLY' && (
          <CheckboxList<Weekday>
            name="weekdays"
            spec={fields.weekdays}
            errors={errors}
            options={WEEKDAYS.map(([code, day]) => ({ value: code, label: t(`availability.day.${day}`) }))}
            value={form.weekdays}
            onChange={(weekdays) => set({ weekdays })}
          />
        )}
        <div className="bb-field-row">
          <TextField name="startTime" spec={fields.startTime} errors={errors} type="time" value={form.startTime} onChange={(startTime) => set({ startTime })} />
          <TextField name="endTime" spec={fields.endTime} errors={errors} type="time" value={form.endTime} onChange={(endTime) => set({ endTime })} />
        </div>
        {form.repeat === 'WEEKLY' && (
          <TextField name="schedule.until" spec={fields['schedule.until']} errors={errors} type="date" description={t('activityForm.untilHelp')} value={form.until} onChange={(until) => set({ until })} />
        )}

        <Heading2>{t('activityForm.practical')}</Heading2>
        <TextField name="capacity" spec={fields.capacity} errors={errors} inputMode="numeric" description={t('activityForm.capacityHelp')} value={form.capacity} onChange={(capacity) => set({ capacity })} />
        <TextField name="costCents" spec={fields.costCents} errors={errors} inputMode="text" description={t('activityForm.costHelp')} value={form.cost} onChange={(cost) => set({ cost })} />
        <CheckboxList
          name="walkIn"
          spec={fields.walkIn}
          errors={errors}
          options={[{ value: 'yes', label: t('activityForm.walkInYes') }]}
          value={form.walkIn ? ['yes'] : []}
          onChange={(value) => set({ walkIn: value.includes('yes') })}
        />
        <CheckboxList
          name="accessibility"
          spec={fields.accessibility}
          errors={errors}
          options={ACCESSIBILITY.map((a) => ({ value: a, label: t(`accessibility.${a}`) }))}
          value={form.accessibility}
          onChange={(accessibility) => set({ accessibility })}
        />
        <Button type="submit" appearance="primary-action-button" busy={creating.loading || updating.loading} disabled={creating.loading || updating.loading}>
          {id ? t('common.save') : t('activityForm.create')}
        </Button>
      </form>
      <Paragraph>
        <AppLink to="/organisation/activities">{t('activityForm.back')}</AppLink>
      </Paragraph>
    </>
  );
}
