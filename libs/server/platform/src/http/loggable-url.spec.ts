import { loggableUrl } from './create-http-app';

describe('loggableUrl', () => {
  it('keeps paths and harmless parameters, hides secrets', () => {
    expect(loggableUrl('/api/health')).toBe('/api/health');
    expect(loggableUrl('/api/notifications/unsubscribe?token=abc.def')).toBe('/api/notifications/unsubscribe?token=%5Bredacted%5D');
    expect(loggableUrl('/api/admin/users?q=%E6%9C%9D%E9%9C%9E&page=2')).toBe('/api/admin/users?q=%E6%9C%9D%E9%9C%9E&page=2');
  });
});
