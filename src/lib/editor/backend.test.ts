import { describe, expect, it } from 'vitest';
import { productionBackend } from './backend';

describe('the git host of a deployed site\'s editor (EDITOR_BACKEND)', () => {
  it('publishes no editor without one', () => {
    expect(productionBackend({})).toBeUndefined();
    expect(productionBackend({ EDITOR_BACKEND: ' ' })).toBeUndefined();
  });

  it('reads GitHub, GitLab and Gitea, with a branch', () => {
    expect(productionBackend({ EDITOR_BACKEND: 'github:ldld-dak-ha/dan-van-kheo', EDITOR_AUTH_URL: 'https://auth.example.vn' })).toEqual({ name: 'github', repo: 'ldld-dak-ha/dan-van-kheo', branch: 'main', base_url: 'https://auth.example.vn' });
    expect(productionBackend({ EDITOR_BACKEND: 'gitlab:cong-doan/dvk#xuat-ban', EDITOR_APP_ID: 'abc' })).toEqual({ name: 'gitlab', repo: 'cong-doan/dvk', branch: 'xuat-ban', app_id: 'abc', auth_type: 'pkce' });
    expect(productionBackend({ EDITOR_BACKEND: 'gitea:cd/dvk', EDITOR_APP_ID: 'id', EDITOR_API_ROOT: 'https://git.example.vn/api/v1', EDITOR_AUTH_URL: 'https://git.example.vn' })).toMatchObject({ name: 'gitea', api_root: 'https://git.example.vn/api/v1', base_url: 'https://git.example.vn', app_id: 'id' });
  });

  it('never takes the local backend, and says what is missing in Vietnamese', () => {
    expect(() => productionBackend({ EDITOR_BACKEND: 'proxy:http://127.0.0.1:8081' })).toThrow(/EDITOR_BACKEND="proxy:http:\/\/127.0.0.1:8081" không hợp lệ/);
    expect(() => productionBackend({ EDITOR_BACKEND: 'gitlab:a/b' })).toThrow(/cần EDITOR_APP_ID/);
    expect(() => productionBackend({ EDITOR_BACKEND: 'gitea:a/b', EDITOR_APP_ID: 'x' })).toThrow(/cần EDITOR_API_ROOT/);
    expect(() => productionBackend({ EDITOR_BACKEND: 'gitea:a/b', EDITOR_APP_ID: 'x', EDITOR_API_ROOT: 'https://git.example.vn/api/v1' })).toThrow(/cần EDITOR_AUTH_URL/);
    expect(() => productionBackend({ EDITOR_BACKEND: 'gitlab:a/b', EDITOR_APP_ID: 'x', EDITOR_API_ROOT: 'https://gitlab.example.vn/api/v4' })).toThrow(/cần EDITOR_AUTH_URL/);
  });
});
