using System.Diagnostics;
using System.Net.Sockets;

namespace SalesMarketingAlignment.Web.Tests.Infrastructure.ScaleOut;

/// <summary>
/// Debian's nginx in front of the instances, round robin, configured as docs/deployment.md says (plus an X-Upstream
/// header naming the instance that answered, for the tests). Runs in the foreground from a temporary folder.
/// </summary>
public sealed class NginxProxy : IAsyncDisposable
{
    public const string Binary = "/usr/sbin/nginx";

    private readonly string _folder = Directory.CreateTempSubdirectory("sma-nginx-").FullName;
    private Process? _process;

    public int Port { get; } = AppInstance.FreeLoopbackPort();

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    public async Task StartAsync(IEnumerable<AppInstance> upstreams)
    {
        if (!File.Exists(Binary))
        {
            throw new InvalidOperationException($"nginx is not installed ({Binary}): run scripts/ensure-test-prerequisites.sh.");
        }

        var servers = string.Join("\n", upstreams.Select(u => $"    server {u.Address} max_fails=0;"));
        // As root, the workers would switch to "nobody" and could not write the temporary folders.
        var user = Environment.UserName == "root" ? "user root;" : "";
        var config = $$"""
            {{user}}
            worker_processes 1;
            daemon off;
            pid {{_folder}}/nginx.pid;
            error_log {{_folder}}/error.log warn;
            events { worker_connections 2048; }
            http {
              access_log off;
              client_body_temp_path {{_folder}}/body;
              proxy_temp_path {{_folder}}/proxy;
              fastcgi_temp_path {{_folder}}/fastcgi;
              uwsgi_temp_path {{_folder}}/uwsgi;
              scgi_temp_path {{_folder}}/scgi;
              upstream alignment {
            {{servers}}
                keepalive 64;
              }
              server {
                listen 127.0.0.1:{{Port}};
                location / {
                  proxy_pass http://alignment;
                  proxy_http_version 1.1;
                  proxy_set_header Connection "";
                  proxy_set_header Host $http_host;
                  proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                  proxy_set_header X-Forwarded-Proto $scheme;
                  proxy_next_upstream error timeout;
                  add_header X-Upstream $upstream_addr always;
                }
              }
            }
            """;
        var path = Path.Combine(_folder, "nginx.conf");
        await File.WriteAllTextAsync(path, config);
        _process = Process.Start(new ProcessStartInfo(Binary) { ArgumentList = { "-p", _folder, "-c", path }, RedirectStandardError = true })!;

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"nginx exited: {await _process.StandardError.ReadToEndAsync()}");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync("127.0.0.1", Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new TimeoutException("nginx did not listen within 20 s.");
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            // The worker too: killing only the master would leave it listening.
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
