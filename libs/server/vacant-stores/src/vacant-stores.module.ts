import { Module } from '@nestjs/common';
import { VacantStoresController } from './vacant-stores.controller';
import { VacantStoresRepository } from './vacant-stores.repository';
import { VacantStoresService } from './vacant-stores.service';

/** 空き店舗バンク (plan 1-1): listings, their review, and the public search. */
@Module({
  controllers: [VacantStoresController],
  providers: [VacantStoresService, VacantStoresRepository],
})
export class VacantStoresModule {}
