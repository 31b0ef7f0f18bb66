import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import { Public } from '@buurtbrug/auth';
import { AppConfig, DomainHttpErrorFilter } from '@buurtbrug/core';
import { ActivityCalendarService, type CalendarScope } from './activity-calendar.service.js';

interface HttpRequest {
  protocol: string;
  get(name: string): string | undefined;
}

interface HttpResponse {
  set(headers: Record<string, string>): HttpResponse;
  send(body: string): void;
}

/**
 * Where links to the web app point. The web app is served from the same origin as the API
 * (behind the same proxy); PUBLIC_URL wins where it is set: a feed is cached publicly, so its
 * links should not follow whatever Host header a caller sent.
 */
export function webAppBaseUrl(publicUrl: string | undefined, protocol: string, host: string | undefined): string {
  if (publicUrl) return publicUrl.replace(/\/+$/, '');
  const safeHost = host && /^[A-Za-z0-9.-]+(:\d{1,5})?$/.test(host) ? host : 'localhost';
  return `${protocol === 'https' ? 'https' : 'http'}://${safeHost}`;
}

/** Public iCalendar feeds to subscribe to in any agenda app. An unknown wijk or organisation is a 404. */
@Controller('calendar')
@UseFilters(DomainHttpErrorFilter)
export class ActivityCalendarController {
  constructor(
    private readonly calendars: ActivityCalendarService,
    private readonly config: AppConfig,
  ) {}

  @Get('wijk/:code.ics')
  @Public()
  async wijk(@Param('code') code: string, @Req() req: HttpRequest, @Res() res: HttpResponse): Promise<void> {
    await this.send({ wijkCode: code }, `wijk-${code}`, req, res);
  }

  @Get('organisation/:id.ics')
  @Public()
  async organisation(@Param('id') id: string, @Req() req: HttpRequest, @Res() res: HttpResponse): Promise<void> {
    await this.send({ organisationId: id }, `organisatie-${id}`, req, res);
  }

  private async send(scope: CalendarScope, fileName: string, req: HttpRequest, res: HttpResponse): Promise<void> {
    const base = webAppBaseUrl(this.config.PUBLIC_URL, req.protocol, req.get('host'));
    const body = await this.calendars.feed(scope, base);
    res
      .set({
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': `inline; filename="${fileName.replace(/[^A-Za-z0-9-]/g, '')}.ics"`,
        'cache-control': 'public, max-age=900',
      })
      .send(body);
  }
}
