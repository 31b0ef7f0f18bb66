import { Controller, Get, Query, Res, UseFilters } from '@nestjs/common';
import { Role, Roles } from '@buurtbrug/auth';
import { DomainHttpErrorFilter } from '@buurtbrug/core';
import { MonitoringError, MonitoringErrorCode } from './monitoring.errors.js';
import { type CsvLanguage, wijkStatsCsv } from './wijk-stats.csv.js';
import { WijkStatsService } from './wijk-stats.service.js';

interface HttpResponse {
  set(headers: Record<string, string>): HttpResponse;
  send(body: string): void;
}

const WIJK_CODE = /^WK[0-9]{6}$/;

function dateParam(value: unknown, field: string): Date {
  const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(value) ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) {
    throw new MonitoringError(MonitoringErrorCode.INVALID_PERIOD, `Invalid ${field}`, [{ field, message: 'a date like 2026-01-31' }]);
  }
  return date;
}

/** The wijk dashboard as a CSV download (admins; the same table and the same "<10" cells as the screen). */
@Controller('monitoring')
@UseFilters(DomainHttpErrorFilter)
export class WijkStatsController {
  constructor(private readonly stats: WijkStatsService) {}

  /** GET /monitoring/wijk-stats.csv?from=2026-01-01&to=2026-04-01&wijk=WK040201&wijk=…&lang=nl */
  @Get('wijk-stats.csv')
  @Roles(Role.ADMIN)
  async csv(@Query() query: Record<string, unknown>, @Res() res: HttpResponse): Promise<void> {
    const from = dateParam(query.from, 'from');
    const to = dateParam(query.to, 'to');
    const wijken = query.wijk === undefined ? [] : Array.isArray(query.wijk) ? query.wijk : [query.wijk];
    if (wijken.length > 500 || !wijken.every((code) => typeof code === 'string' && WIJK_CODE.test(code))) {
      throw new MonitoringError(MonitoringErrorCode.INVALID_INPUT, 'Invalid wijk', [{ field: 'wijk', message: 'a wijk code looks like WK040201' }]);
    }
    const language: CsvLanguage = query.lang === 'en' ? 'en' : 'nl';
    const report = await this.stats.report({ from, to, wijkCodes: wijken as string[] });
    const day = (d: Date) => d.toISOString().slice(0, 10);
    res
      .set({
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="wijkcijfers-${day(from)}-${day(to)}.csv"`,
        'cache-control': 'no-store',
      })
      .send(wijkStatsCsv(report, language));
  }
}
