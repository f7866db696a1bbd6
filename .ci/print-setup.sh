#!/bin/sh
# A real print system for the handout tests: CUPS started by hand (no systemd), a raw "Capture" queue
# whose backend keeps exactly the PDF Qt sent (text extractable), and a cups-pdf "HandoutPDF" queue.
# Idempotent: about 0.1 s when everything is already there. Needs root. See the field notes §2.
set -eu
export DEBIAN_FRONTEND=noninteractive

if ! command -v cupsd >/dev/null 2>&1 || [ ! -x /usr/lib/cups/backend/cups-pdf ]; then
  echo "print-setup: installing cups printer-driver-cups-pdf"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends cups printer-driver-cups-pdf >/dev/null
fi

# The capture backend, exactly as in the field notes §2. 0700 root: CUPS runs it as root.
cat > /usr/lib/cups/backend/capture <<'EOB'
#!/bin/sh
if [ $# -eq 0 ]; then echo 'file capture "Unknown" "Test capture backend"'; exit 0; fi
OUT=/var/spool/cups-capture; mkdir -p "$OUT"
if [ -n "${6:-}" ]; then cat "$6"; else cat; fi > "$OUT/job-$1.tmp" && mv "$OUT/job-$1.tmp" "$OUT/job-$1.$(echo "$CONTENT_TYPE" | tr / _)"
EOB
chmod 0700 /usr/lib/cups/backend/capture

# cupsd by hand: the image has no systemd and policy-rc.d blocks service starts.
mkdir -p /run/cups
if ! lpstat -r 2>/dev/null | grep -q 'is running'; then
  /usr/sbin/cupsd
  i=0
  until lpstat -r 2>/dev/null | grep -q 'is running'; do
    i=$((i + 1))
    if [ "$i" -gt 100 ]; then echo "print-setup: cupsd did not start within 10 s" >&2; exit 1; fi
    sleep 0.1
  done
fi

# Queues persist in /etc/cups/printers.conf; create them only when missing. lpadmin warns that
# printer drivers and raw queues are deprecated: harmless in CUPS 2.4.
if ! lpstat -v HandoutPDF >/dev/null 2>&1; then
  lpadmin -p HandoutPDF -E -v cups-pdf:/ -P /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd \
    -o printer-is-shared=false
fi
if ! lpstat -v Capture >/dev/null 2>&1; then
  lpadmin -p Capture -E -v capture:/ -m raw -o printer-is-shared=false
fi
lpadmin -d HandoutPDF
echo "print-setup: cupsd running; queues: $(lpstat -e | tr '\n' ' ')"
