import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, Role, Roles } from '@buurtbrug/auth';
import { ImportWijkenArgs } from './dto/import-wijken.input.js';
import { WijkArgs, WijkenArgs, WijkForPostcodeArgs } from './dto/wijken.args.js';
import { WijkImportReportModel } from './wijk-import-report.model.js';
import { WijkImportService } from './wijk-import.service.js';
import { WijkModel } from './wijk.model.js';
import { WijkenService } from './wijken.service.js';

@Resolver(() => WijkModel)
export class WijkResolver {
  constructor(
    private readonly directory: WijkenService,
    private readonly importer: WijkImportService,
  ) {}

  @Query(() => [WijkModel], { description: 'Every wijk (or those of one municipality) with its buurten, postcodes and neighbours.' })
  @Public()
  async wijken(@Args() args: WijkenArgs): Promise<WijkModel[]> {
    return (await this.directory.overview(args.municipalityCode)).map(WijkModel.from);
  }

  @Query(() => WijkModel, { description: 'One wijk by its CBS code.' })
  @Public()
  async wijk(@Args() args: WijkArgs): Promise<WijkModel> {
    return WijkModel.from(await this.directory.detail(args.code));
  }

  @Query(() => WijkModel, { nullable: true, description: 'The wijk a postcode lies in, or null when it is not known.' })
  @Public()
  async wijkForPostcode(@Args() args: WijkForPostcodeArgs): Promise<WijkModel | null> {
    const detail = await this.directory.detailForPostcode(args.postcode);
    return detail ? WijkModel.from(detail) : null;
  }

  @Mutation(() => WijkImportReportModel, {
    description: 'Import wijken, buurten and postcodes from a CBS-shaped CSV (admins only). All or nothing: with any bad line nothing is imported and every bad line is reported.',
  })
  @Roles(Role.ADMIN)
  async importWijken(@Args() args: ImportWijkenArgs): Promise<WijkImportReportModel> {
    return WijkImportReportModel.from(await this.importer.importCsv(args.csv));
  }
}
