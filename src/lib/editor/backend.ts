/**
 * Which git host a deployed site's editors log in to, read from the build's environment:
 * EDITOR_BACKEND=github:owner/repo, gitlab:group/repo or gitea:owner/repo (optionally #branch),
 * with EDITOR_APP_ID (the OAuth application, GitLab and Gitea), EDITOR_API_ROOT (a self-hosted
 * GitLab's or Gitea's API) and EDITOR_AUTH_URL (the OAuth server or proxy GitHub needs). Absent:
 * no admin page is published. The local backend of `npm run editor` is never one of these.
 */
export type Environment = Record<string, string | undefined>;

const HOSTS = ['github', 'gitlab', 'gitea'] as const;

export function productionBackend(env: Environment): Record<string, unknown> | undefined {
  const written = env.EDITOR_BACKEND?.trim();
  if (!written) return undefined;
  const match = /^(github|gitlab|gitea):([\w.-]+(?:\/[\w.-]+)+)(?:#([\w./-]+))?$/.exec(written);
  if (!match) throw new Error(`EDITOR_BACKEND="${written}" không hợp lệ: cần dạng ${HOSTS.map((h) => `${h}:chu-so-huu/kho`).join(', ')} (có thể thêm #nhanh)`);
  const [, name, repo, branch = 'main'] = match;
  const backend: Record<string, unknown> = { name, repo, branch };
  if (env.EDITOR_AUTH_URL) backend.base_url = env.EDITOR_AUTH_URL;
  if (env.EDITOR_API_ROOT) backend.api_root = env.EDITOR_API_ROOT;
  if (name !== 'github') {
    if (!env.EDITOR_APP_ID) throw new Error(`EDITOR_BACKEND=${name}: cần EDITOR_APP_ID (mã ứng dụng OAuth đã đăng ký trên ${name})`);
    backend.app_id = env.EDITOR_APP_ID;
    if (name === 'gitlab') backend.auth_type = 'pkce';
    if (name === 'gitea' && !env.EDITOR_API_ROOT) throw new Error('EDITOR_BACKEND=gitea: cần EDITOR_API_ROOT, ví dụ https://git.example.org/api/v1');
    // A self-hosted GitLab or Gitea logs in at its own address; without it Decap would send editors to gitlab.com or try.gitea.io.
    if ((name === 'gitea' || env.EDITOR_API_ROOT) && !env.EDITOR_AUTH_URL) throw new Error(`EDITOR_BACKEND=${name} trên máy chủ riêng: cần EDITOR_AUTH_URL, địa chỉ gốc của máy chủ đó (ví dụ https://git.example.org)`);
  }
  return backend;
}
