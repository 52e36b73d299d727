import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Req, Res } from '@nestjs/common';
import { ApiBody, ApiBodyOptions, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { VACANT_STORE_MAX_PHOTOS, VACANT_STORE_PHOTO_MAX_BYTES } from '@asaka/domain';
import { VACANT_STORE_PHOTO_ACCEPTED_TYPES, VACANT_STORE_PHOTO_CAPTION_MAX_LENGTH } from '@asaka/contracts';
import type { VacantStorePhoto, VacantStorePhotoList } from '@asaka/contracts';
import { Access, CurrentPrincipal, IdParamDto, OptionalPrincipal, readUpload } from '@asaka/platform';
import type { Principal } from '@asaka/platform';
import type { PhotoVariant } from './vacant-store-photos.repository';
import { VacantStorePhotoDto, VacantStorePhotoListDto, VacantStorePhotoOrderDto, VacantStorePhotoParamDto } from './vacant-store-photos.dtos';
import { VacantStorePhotosService } from './vacant-store-photos.service';

const IMAGE_RESPONSE = {
  description:
    'The image (JPEG, no metadata). Published listing: anyone, cached publicly for a day. Otherwise the owner side and staff only (not cached); others get 404.',
  content: { 'image/jpeg': { schema: { type: 'string', format: 'binary' } } },
} as const;

const UPLOAD_BODY: ApiBodyOptions = {
  schema: {
    type: 'object',
    required: ['file', 'caption'],
    properties: {
      file: {
        type: 'string',
        format: 'binary',
        description: `${VACANT_STORE_PHOTO_ACCEPTED_TYPES.join(', ')}; at most ${VACANT_STORE_PHOTO_MAX_BYTES / (1024 * 1024)} MB. The type is checked by the content, not by the name.`,
      },
      caption: { type: 'string', minLength: 1, maxLength: VACANT_STORE_PHOTO_CAPTION_MAX_LENGTH, description: 'Alternative text: what the photo shows' },
    },
  },
};

/** Photos of a vacant-store listing: added, removed and ordered by the owner side, served to whoever may see the listing. */
@ApiTags('vacant-stores')
@Controller('vacant-stores')
export class VacantStorePhotosController {
  constructor(private readonly photos: VacantStorePhotosService) {}

  @Access.signedIn()
  @Post(':id/photos')
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  @ApiCreatedResponse({
    type: VacantStorePhotoDto,
    description:
      `The owner side adds a photo to a draft or rejected listing (409 NOT_EDITABLE otherwise), at most ${VACANT_STORE_MAX_PHOTOS} (409 TOO_MANY_PHOTOS). ` +
      'Refused: not an image by its content (415 UNSUPPORTED_FILE_TYPE), over 10 MB (413 FILE_TOO_LARGE). Stored re-encoded without metadata (EXIF, GPS).',
  })
  async add(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto, @Req() request: FastifyRequest): Promise<VacantStorePhoto> {
    await this.photos.assertCanAdd(principal, params.id);
    const upload = await readUpload(request, { fileField: 'file', maxBytes: VACANT_STORE_PHOTO_MAX_BYTES });
    return this.photos.add(principal, params.id, upload);
  }

  @Access.signedIn()
  @Put(':id/photos/order')
  @ApiOkResponse({ type: VacantStorePhotoListDto, description: 'The owner side orders the photos of an editable listing; the list must name each photo once (409 PHOTO_ORDER_MISMATCH).' })
  reorder(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto, @Body() body: VacantStorePhotoOrderDto): Promise<VacantStorePhotoList> {
    return this.photos.reorder(principal, params.id, body.photoIds);
  }

  @Access.anyone()
  @Get(':id/photos/:photoId')
  @ApiProduces('image/jpeg')
  @ApiOkResponse(IMAGE_RESPONSE)
  @ApiResponse({ status: 304, description: 'Not modified (If-None-Match)' })
  image(@OptionalPrincipal() principal: Principal | null, @Param() params: VacantStorePhotoParamDto, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.send(principal, params, 'photo', request, reply);
  }

  @Access.anyone()
  @Get(':id/photos/:photoId/thumbnail')
  @ApiProduces('image/jpeg')
  @ApiOkResponse({ ...IMAGE_RESPONSE, description: `At most 480 px on the longer side, for lists. ${IMAGE_RESPONSE.description}` })
  @ApiResponse({ status: 304, description: 'Not modified (If-None-Match)' })
  thumbnail(@OptionalPrincipal() principal: Principal | null, @Param() params: VacantStorePhotoParamDto, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.send(principal, params, 'thumbnail', request, reply);
  }

  @Access.signedIn()
  @Delete(':id/photos/:photoId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The owner side removes a photo of an editable listing; the others keep their order.' })
  remove(@CurrentPrincipal() principal: Principal, @Param() params: VacantStorePhotoParamDto): Promise<void> {
    return this.photos.remove(principal, params.id, params.photoId);
  }

  /**
   * A photo's bytes never change (a new photo is a new id), so its id is its ETag. The headers
   * keep a browser from reading the bytes as anything but an image.
   */
  private async send(principal: Principal | null, params: VacantStorePhotoParamDto, variant: PhotoVariant, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const image = await this.photos.image(principal, params.id, params.photoId, variant);
    const etag = `"${params.photoId}-${variant}"`;
    void reply
      .header('etag', etag)
      .header('cache-control', image.isPublic ? 'public, max-age=86400' : 'private, no-store')
      .header('x-content-type-options', 'nosniff')
      .header('content-disposition', 'inline');
    if (matches(request.headers['if-none-match'], etag)) {
      void reply.status(304).send();
      return;
    }
    void reply.status(200).header('content-type', image.contentType).send(image.data);
  }
}

/** If-None-Match names this ETag (in a list, or as a weak validator). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag === etag || tag === `W/${etag}`;
  });
}
