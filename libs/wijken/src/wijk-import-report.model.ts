import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { ImportLineError } from './wijken-csv.parser.js';
import type { WijkImportReport } from './wijk-import.service.js';

@ObjectType('WijkImportError', { description: 'One problem on one line of an import file.' })
export class WijkImportErrorModel {
  @Field(() => Int, { description: 'Line number in the file (1 is the header).' })
  line: number;

  @Field({ description: 'The column at fault, or "header" or "file".' })
  field: string;

  @Field({ description: 'What is wrong, and how it should look.' })
  message: string;

  static from(error: ImportLineError): WijkImportErrorModel {
    return Object.assign(new WijkImportErrorModel(), { line: error.line, field: error.field, message: error.message });
  }
}

@ObjectType('WijkImportReport', { description: 'What an import did. When there are errors, nothing was imported.' })
export class WijkImportReportModel {
  @Field(() => Int, { description: 'New rows: wijken, buurten and postcode links that did not exist before.' })
  imported: number;

  @Field(() => Int, { description: 'Existing rows whose name, municipality or centroid changed.' })
  updated: number;

  @Field(() => Int, { description: 'Rows that were already exactly as in the file.' })
  unchanged: number;

  @Field(() => Int, { description: 'Valid wijk lines in the file.' })
  wijken: number;

  @Field(() => Int, { description: 'Valid buurt lines in the file.' })
  buurten: number;

  @Field(() => Int, { description: 'Valid postcode lines in the file.' })
  postcodes: number;

  @Field(() => [WijkImportErrorModel], { description: 'Every bad line; empty when the import succeeded.' })
  errors: WijkImportErrorModel[];

  static from(report: WijkImportReport): WijkImportReportModel {
    return Object.assign(new WijkImportReportModel(), { ...report, errors: report.errors.map(WijkImportErrorModel.from) });
  }
}
