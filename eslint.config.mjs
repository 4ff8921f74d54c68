// Lint for the whole workspace, one run: TypeScript rules, Prettier compatibility and the Nx
// module boundaries (scope:* and type:* tags, no wildcards; libs/domain stays pure).
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const FRAMEWORK_AND_IO = [
  '@nestjs/*',
  'typeorm',
  'typeorm/*',
  'bullmq',
  'ioredis',
  'pg',
  'class-validator',
  'class-transformer',
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'tmp/**',
      '.data/**',
      '.nx/**',
      'coverage/**',
      '**/migrations/*.ts',
      'apps/admin-ui/src/api/schema.d.ts',
    ],
  },
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Env classes annotate `HTTP_PORT: number = 3000` on purpose: the type drives conversion.
      '@typescript-eslint/no-inferrable-types': 'off',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain'],
              bannedExternalImports: FRAMEWORK_AND_IO,
            },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:domain'] },
            {
              sourceTag: 'type:platform',
              onlyDependOnLibsWithTags: [
                'type:platform',
                'type:contracts',
                'type:domain',
                'type:testing',
              ],
            },
            {
              sourceTag: 'type:testing',
              onlyDependOnLibsWithTags: ['type:platform', 'type:contracts', 'type:domain'],
            },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: [
                'type:platform',
                'type:contracts',
                'type:domain',
                'type:testing',
              ],
            },
            {
              sourceTag: 'type:tool',
              onlyDependOnLibsWithTags: [
                'type:platform',
                'type:contracts',
                'type:domain',
                'type:testing',
              ],
            },
            {
              sourceTag: 'scope:shared',
              onlyDependOnLibsWithTags: ['scope:shared', 'scope:contracts'],
            },
            {
              // The contracts name what every service sends: each programme's own enums included;
              // so does libs/domain/policy, whose documents carry each programme's policy.
              sourceTag: 'scope:contracts',
              onlyDependOnLibsWithTags: [
                'scope:shared',
                'scope:contracts',
                'scope:lottery-fund',
                'scope:incubation',
                'scope:venture',
                'scope:finance',
                'scope:procurement',
              ],
            },
            {
              sourceTag: 'scope:organizations',
              onlyDependOnLibsWithTags: ['scope:organizations', 'scope:shared', 'scope:contracts'],
            },
            {
              sourceTag: 'scope:finance',
              onlyDependOnLibsWithTags: ['scope:finance', 'scope:shared', 'scope:contracts'],
            },
            {
              sourceTag: 'scope:lottery-fund',
              onlyDependOnLibsWithTags: ['scope:lottery-fund', 'scope:shared', 'scope:contracts'],
            },
            {
              sourceTag: 'scope:incubation',
              onlyDependOnLibsWithTags: ['scope:incubation', 'scope:shared', 'scope:contracts'],
            },
            {
              sourceTag: 'scope:venture',
              onlyDependOnLibsWithTags: ['scope:venture', 'scope:shared', 'scope:contracts'],
            },
            {
              sourceTag: 'scope:procurement',
              onlyDependOnLibsWithTags: ['scope:procurement', 'scope:shared', 'scope:contracts'],
            },
            {
              sourceTag: 'scope:gateway',
              onlyDependOnLibsWithTags: ['scope:gateway', 'scope:shared', 'scope:contracts'],
            },
            {
              sourceTag: 'scope:tools',
              onlyDependOnLibsWithTags: ['scope:tools', 'scope:shared', 'scope:contracts'],
            },
            {
              // The browser app shares only pure code (enums, money, labels); its tests may use
              // libs/testing to start the real platform.
              sourceTag: 'scope:admin-ui',
              onlyDependOnLibsWithTags: ['type:domain', 'type:testing'],
              bannedExternalImports: FRAMEWORK_AND_IO,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.browser-spec.ts', '**/test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
