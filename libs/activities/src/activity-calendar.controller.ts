import { Controller, Get, NotFoundException, Param, Req, Res } from '@nestjs/common';
import { Public } from '@buurtbrug/auth';
import { DomainError, PublicErrorCode } from '@buurtbrug/core';
import { ActivityCalendarService, type CalendarScope } from './activity-calendar.service.js';

interface HttpRequest {
  protocol: string;
  get(name: string): string | undefined;
}

interface HttpResponse {
  set(headers: Record<string, string>): HttpResponse;
  send(body: string): void;
}

/** Public iCalendar feeds to subscribe to in any agenda app. */
@Controller('calendar')
export class ActivityCalendarController {
  constructor(private readonly calendars: ActivityCalendarService) {}

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
    // The web app is served from the same origin as the API (behind the same proxy).
    const host = req.get('host') ?? '';
    const base = `${req.protocol === 'https' ? 'https' : 'http'}://${/^[A-Za-z0-9.-]+(:\d{1,5})?$/.test(host) ? host : 'localhost'}`;
    try {
      const body = await this.calendars.feed(scope, base);
      res
        .set({
          'content-type': 'text/calendar; charset=utf-8',
          'content-disposition': `inline; filename="${fileName.replace(/[^A-Za-z0-9-]/g, '')}.ics"`,
          'cache-control': 'public, max-age=900',
        })
        .send(body);
    } catch (error) {
      if (error instanceof DomainError && error.publicCode === PublicErrorCode.NOT_FOUND) throw new NotFoundException(error.message);
      throw error;
    }
  }
}
