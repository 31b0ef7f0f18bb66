import { Injectable } from '@nestjs/common';
import { OrganisationsService, OrganisationStatus } from '@buurtbrug/organisations';
import { WijkenService } from '@buurtbrug/wijken';
import ical from 'ical-generator';
import { isUUID } from 'class-validator';
import { MAX_OCCURRENCES } from './activity-schedule.js';
import { ActivitiesService } from './activity.service.js';
import { ActivitiesError, ActivitiesErrorCode } from './activities.errors.js';

export const CALENDAR_DAYS = 90;

/** What the feed is for: a wijk or an organisation. */
export type CalendarScope = { wijkCode: string } | { organisationId: string };

function uidTime(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Public iCalendar feeds (wijkagenda per wijk, agenda per organisation): every date of the next
 * 90 days as its own event, each linking back to the activity in the web app.
 */
@Injectable()
export class ActivityCalendarService {
  constructor(
    private readonly activities: ActivitiesService,
    private readonly wijken: WijkenService,
    private readonly organisations: OrganisationsService,
  ) {}

  /** The feed as iCalendar text; NOT_FOUND for an unknown wijk or an organisation not (yet) public. */
  async feed(scope: CalendarScope, webBaseUrl: string, now = new Date()): Promise<string> {
    const name = await this.nameOf(scope);
    const occurrences = await this.activities.occurrences({
      ...scope,
      from: now,
      to: new Date(now.getTime() + CALENDAR_DAYS * 86_400_000),
      first: MAX_OCCURRENCES,
    });
    const calendar = ical({
      name: `Buurtbrug – ${name}`,
      description: `Activiteiten van ${name} de komende ${CALENDAR_DAYS} dagen. / Activities for the coming ${CALENDAR_DAYS} days.`,
      prodId: { company: 'Buurtbrug', product: 'wijkagenda', language: 'NL' },
      ttl: 3600,
    });
    // Times go out in UTC (…Z): every agenda app shows them in its own zone, no VTIMEZONE needed.
    for (const { activity, start, end } of occurrences) {
      const url = `${webBaseUrl}/activiteiten/${activity.id}`;
      calendar.createEvent({
        id: `${activity.id}-${uidTime(start)}@buurtbrug`,
        start,
        end,
        summary: activity.title,
        description: activity.description ? `${activity.description}\n\n${url}` : url,
        location: [activity.locationName, activity.locationAddress].filter(Boolean).join(', '),
        url,
        lastModified: activity.updatedAt,
        stamp: activity.updatedAt,
      });
    }
    return calendar.toString();
  }

  private async nameOf(scope: CalendarScope): Promise<string> {
    if ('wijkCode' in scope) {
      const [wijk] = /^WK\d{6}$/.test(scope.wijkCode) ? await this.wijken.findByCodes([scope.wijkCode]) : [];
      if (!wijk) throw new ActivitiesError(ActivitiesErrorCode.CALENDAR_NOT_FOUND, 'No such wijk');
      return wijk.name;
    }
    const [organisation] = isUUID(scope.organisationId) ? await this.organisations.findByIds([scope.organisationId]) : [];
    if (!organisation || organisation.status !== OrganisationStatus.APPROVED) {
      throw new ActivitiesError(ActivitiesErrorCode.CALENDAR_NOT_FOUND, 'No such organisation');
    }
    return organisation.name;
  }
}
