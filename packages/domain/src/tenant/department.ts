import { z } from 'zod';
import { LocalizedTextSchema, SlugSchema } from '../shared/primitives.js';

/** 进驻单位: a government body stationed in the hall. */
export const DepartmentSchema = z
  .object({ id: SlugSchema, name: LocalizedTextSchema })
  .meta({ id: 'Department' });
export type Department = z.infer<typeof DepartmentSchema>;
