import { ConfigError, loadEnv } from '@civic/platform/config';
import { PiiServiceEnv } from '@civic/platform/pii';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  bytes,
  type Manifest,
  nodeServices,
  readKustomization,
  schemaErrors,
  selects,
  yamlFiles,
} from './k8s-manifests';

/**
 * The Kubernetes manifests in deploy/k8s (issue #20), checked offline: every document against the
 * Kubernetes API schemas (the kubernetes-models package), and each against what the platform
 * needs: a Deployment per service running its built entry point, probes on the health endpoints,
 * resources from the measured memory, autoscalers and disruption budgets that find their pods,
 * settings each service accepts, and a migration Job for every schema.
 */
const ROOT = join(__dirname, '../..');
const DIR = join(ROOT, 'deploy/k8s');
const platform = readKustomization(DIR);
const migrate = readKustomization(join(DIR, 'migrate'));
const all = [...platform.manifests, ...migrate.manifests];
const SERVICES = nodeServices(ROOT);
/** Scaled on CPU: the gateway and the four programme services that take a deadline's surge. */
const AUTOSCALED = ['gateway', 'lottery-fund', 'incubation', 'venture', 'procurement'];
/** A built service at idle: ~135–140 MB resident (docs/benchmarks.md, whole-platform memory). */
const IDLE_MIB = 140;

const of = (kind: string) => platform.manifests.filter((m) => m.kind === kind);
const named = (kind: string, name: string) => {
  const found = all.filter((m) => m.kind === kind && m.metadata.name === name);
  expect(found.map((m) => `${m.kind}/${m.metadata.name}`)).toEqual([`${kind}/${name}`]);
  return found[0];
};
const container = (manifest: Manifest) => manifest.spec.template.spec.containers[0];
const flag = (args: string[], name: string) =>
  Number(args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1]);

describe('deploy/k8s, validated offline against the Kubernetes schemas (issue #20)', () => {
  it('lists every manifest file in a kustomization, and only files that exist', () => {
    expect([...platform.kustomization.resources].sort()).toEqual(yamlFiles(DIR).sort());
    expect(migrate.kustomization.resources).toEqual(yamlFiles(join(DIR, 'migrate')));
    expect(platform.kustomization.namespace).toBe('civic-grants');
    expect(migrate.kustomization.namespace).toBe('civic-grants');
  });

  it('validates each document against its Kubernetes schema', () => {
    expect(all.length).toBeGreaterThan(20);
    expect(all.map(schemaErrors).filter(Boolean)).toEqual([]);
  });

  it('would catch a document that breaks its schema', () => {
    const deployment = named('Deployment', 'gateway');
    const broken = structuredClone(deployment);
    broken.spec.template.spec.containers[0].ports[0].containerPort = 'three thousand';
    expect(schemaErrors(broken)).toContain('containerPort');
    expect(schemaErrors({ ...deployment, kind: 'Deploymnet' })).toContain('no schema');
  });

  it('runs each service from its built entry point, with the measured memory', () => {
    const deployments = of('Deployment');
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual(
      [...SERVICES, 'admin-ui'].sort(),
    );
    for (const service of SERVICES) {
      const app = container(named('Deployment', service));
      expect(app.image).toBe('civic-grants');
      expect(app.command.at(-1)).toBe(`dist/node/apps/${service}/src/main.js`);
      expect(existsSync(join(ROOT, `apps/${service}/src/main.ts`))).toBe(true);
      const { requests, limits } = app.resources;
      expect(bytes(requests.memory)).toBeGreaterThanOrEqual(IDLE_MIB * 1024 ** 2);
      // V8's old space is capped at three quarters of the limit, below it with room for the rest.
      expect(flag(app.command, 'max-old-space-size') * 1024 ** 2).toBeLessThanOrEqual(
        bytes(limits.memory) * 0.75,
      );
      expect(requests.cpu && limits.cpu).toBeTruthy();
    }
  });

  it('probes each service on its health endpoints: ready with its Postgres and Redis, alive alone', () => {
    for (const service of SERVICES) {
      const app = container(named('Deployment', service));
      const port = app.ports.find((p: { name: string }) => p.name === 'http').containerPort;
      const env = Object.fromEntries(
        app.env.map((e: { name: string; value: string }) => [e.name, e.value]),
      );
      expect(Number(env.HTTP_PORT)).toBe(port);
      // The kubelet probes the pod's address: services listen beyond loopback (the gateway always does).
      if (service !== 'gateway') expect(env.HTTP_HOST).toBe('0.0.0.0');
      const base = service === 'gateway' ? '/api/health' : '/health';
      expect(app.readinessProbe.httpGet).toEqual({
        path: service === 'gateway' ? `${base}/ready` : base,
        port: 'http',
      });
      expect(app.livenessProbe.httpGet).toEqual({ path: `${base}/live`, port: 'http' });
      expect(app.startupProbe.httpGet).toEqual({ path: `${base}/live`, port: 'http' });
    }
  });

  it('scales the gateway and the programme services on CPU, and keeps one of each pod through a disruption', () => {
    const hpas = of('HorizontalPodAutoscaler');
    expect(hpas.map((h) => h.spec.scaleTargetRef.name).sort()).toEqual([...AUTOSCALED].sort());
    for (const hpa of hpas) {
      const target = named('Deployment', hpa.spec.scaleTargetRef.name);
      expect(target.spec.replicas).toBeUndefined(); // the autoscaler owns the count
      expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
      expect(hpa.spec.maxReplicas).toBeGreaterThan(hpa.spec.minReplicas);
      expect(container(target).resources.requests.cpu).toBeTruthy(); // utilization is of requests
    }
    for (const deployment of of('Deployment')) {
      const autoscaled = AUTOSCALED.includes(deployment.metadata.name);
      if (!autoscaled) expect(deployment.spec.replicas).toBeGreaterThanOrEqual(2);
      const budgets = of('PodDisruptionBudget').filter((pdb) =>
        selects(pdb.spec.selector.matchLabels, deployment.spec.template.metadata.labels),
      );
      expect(budgets.map((b) => b.spec.minAvailable)).toEqual([1]);
    }
  });

  it('points every selector, service and ingress path at something that exists', () => {
    const deployments = of('Deployment');
    for (const deployment of deployments) {
      expect(
        selects(deployment.spec.selector.matchLabels, deployment.spec.template.metadata.labels),
      ).toBe(true);
    }
    for (const selector of [...of('Service'), ...of('PodDisruptionBudget')]) {
      const matchLabels = selector.spec.selector.matchLabels ?? selector.spec.selector;
      const pods = deployments.filter((d) => selects(matchLabels, d.spec.template.metadata.labels));
      expect(pods.map((d) => d.metadata.name)).toEqual([selector.metadata.name]);
    }
    for (const service of of('Service')) {
      const ports = container(named('Deployment', service.metadata.name)).ports.map(
        (p: { name: string }) => p.name,
      );
      for (const port of service.spec.ports) expect(ports).toContain(port.targetPort);
    }
    const paths = of('Ingress').flatMap((ingress) =>
      ingress.spec.rules.flatMap((rule: { http: { paths: unknown[] } }) => rule.http.paths),
    ) as { path: string; backend: { service: { name: string; port: { name: string } } } }[];
    expect(paths.map((p) => [p.path, p.backend.service.name])).toEqual([
      ['/api', 'gateway'],
      ['/', 'admin-ui'],
    ]);
    for (const { backend } of paths) {
      const service = named('Service', backend.service.name);
      expect(service.spec.ports.map((p: { name: string }) => p.name)).toContain(
        backend.service.port.name,
      );
    }
  });

  it('names only images the kustomizations set to a registry and a tag', () => {
    for (const { kustomization, manifests } of [platform, migrate]) {
      const images = new Map(kustomization.images?.map((image) => [image.name, image]));
      const used = manifests.flatMap(
        (m) => m.spec?.template?.spec?.containers?.map((c: { image: string }) => c.image) ?? [],
      );
      expect(used.length).toBeGreaterThan(0);
      for (const image of used) {
        expect(images.get(image)).toMatchObject({
          newName: expect.any(String),
          newTag: expect.any(String),
        });
      }
    }
  });

  describe('settings', () => {
    const config = named('ConfigMap', 'civic-config');
    const secret = named('Secret', 'civic-secrets');
    const workable = {
      ...secret.stringData,
      DATABASE_URL: 'postgres://civic:secret@db:5432/civic',
      JWT_SECRET: 'a'.repeat(48),
      SECOND_FACTOR_KEY: Buffer.alloc(32, 2).toString('base64'),
      PII_KEY: Buffer.alloc(32, 1).toString('base64'),
    };
    const envOf = (manifest: Manifest, secrets: Record<string, string>) => {
      const app = container(manifest);
      for (const source of app.envFrom) {
        if (source.configMapRef) expect(source.configMapRef.name).toBe(config.metadata.name);
        if (source.secretRef) expect(source.secretRef.name).toBe(secret.metadata.name);
      }
      const own = (app.env ?? []).map((e: { name: string; value: string }) => [e.name, e.value]);
      return { ...config.data, ...secrets, ...Object.fromEntries(own) };
    };

    it('gives every service settings it accepts once the secrets are filled in', () => {
      expect(Object.keys(secret.stringData ?? {}).sort()).toEqual(
        ['DATABASE_URL', 'JWT_SECRET', 'PII_KEY', 'REDIS_URL', 'SECOND_FACTOR_KEY'].sort(),
      );
      for (const service of SERVICES) {
        const env = loadEnv(PiiServiceEnv, envOf(named('Deployment', service), workable));
        expect(env).toMatchObject({ NODE_ENV: 'production', CIVIC_PREFIX: 'civic' });
      }
    });

    it('ships placeholder secrets that every service refuses, naming the variable', () => {
      for (const service of SERVICES) {
        const refusal = (() => {
          try {
            loadEnv(PiiServiceEnv, envOf(named('Deployment', service), secret.stringData ?? {}));
          } catch (error) {
            return error;
          }
        })();
        expect(refusal).toBeInstanceOf(ConfigError);
        expect((refusal as ConfigError).problems.map((p) => p.variable)).toContain('PII_KEY');
      }
    });
  });

  it('migrates every schema in a Job, on the release image, before the rollout', () => {
    const job = named('Job', 'civic-migrate');
    const step = container(job);
    expect(step.image).toBe('civic-grants');
    const script: string = step.args.join(' ');
    const migrated = /for service in ([^;]+);/.exec(script)?.[1].trim().split(/\s+/);
    const withSchemas = SERVICES.filter((s) => existsSync(join(ROOT, `apps/${s}/src/db.cli.ts`)));
    expect([...(migrated ?? [])].sort()).toEqual(withSchemas.sort());
    expect(script).toContain('node dist/node/apps/$service/src/db.cli.js migrate');
    expect(job.spec.template.spec.restartPolicy).toBe('Never');
  });
});
