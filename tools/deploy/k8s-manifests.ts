import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { parseAllDocuments } from 'yaml';

/** The kinds deploy/k8s uses, each with the Kubernetes schema it is validated against. */
const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  'v1/Namespace': Namespace,
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'batch/v1/Job': Job,
  'networking.k8s.io/v1/Ingress': Ingress,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
};

export interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  // The shapes are checked by the schemas; the tests read what they need.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  spec?: any;
  data?: Record<string, string>;
  stringData?: Record<string, string>;
  file: string;
}

export interface Kustomization {
  resources: string[];
  images?: { name: string; newName?: string; newTag?: string }[];
  namespace?: string;
}

/** A kustomization and the documents of its resources, as `kubectl kustomize` reads them. */
export function readKustomization(dir: string) {
  const kustomization = parse(join(dir, 'kustomization.yaml'))[0] as unknown as Kustomization;
  const manifests = kustomization.resources.flatMap((file) =>
    parse(join(dir, file)).map((doc) => ({ ...(doc as object), file }) as Manifest),
  );
  return { kustomization, manifests };
}

function parse(path: string): unknown[] {
  return parseAllDocuments(readFileSync(path, 'utf8')).map((doc) => {
    if (doc.errors.length) throw new Error(`${path}: ${doc.errors[0].message}`);
    return doc.toJS();
  });
}

/** The schema errors of one document ('' when it is valid), or why it has none to check. */
export function schemaErrors(manifest: Manifest): string {
  const Model = MODELS[`${manifest.apiVersion}/${manifest.kind}`];
  if (!Model) return `${manifest.apiVersion} ${manifest.kind} has no schema here`;
  const { file: _file, ...document } = manifest;
  try {
    new Model(document as never).validate();
    return '';
  } catch (error) {
    return `${manifest.file} ${manifest.kind}/${manifest.metadata?.name}: ${(error as Error).message}`;
  }
}

/** The YAML files in a directory (not below it). */
export const yamlFiles = (dir: string) =>
  readdirSync(dir).filter((file) => file.endsWith('.yaml') && file !== 'kustomization.yaml');

/** The workspace's Node services: every app with a `src/main.ts` (the admin UI has none). */
export function nodeServices(root: string): string[] {
  return readdirSync(join(root, 'apps'))
    .filter((app) => existsSync(join(root, 'apps', app, 'src/main.ts')))
    .sort();
}

/** Kubernetes quantities in bytes: 160Mi, 1Gi. */
export function bytes(quantity: string): number {
  const match = /^(\d+)(Ki|Mi|Gi)?$/.exec(quantity);
  if (!match) throw new Error(`unexpected memory quantity ${quantity}`);
  const unit = { Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3 }[match[2] ?? ''] ?? 1;
  return Number(match[1]) * unit;
}

/** Whether every label a selector asks for is on the labels. */
export const selects = (selector: Record<string, string>, labels: Record<string, string> = {}) =>
  Object.entries(selector).every(([key, value]) => labels[key] === value);
