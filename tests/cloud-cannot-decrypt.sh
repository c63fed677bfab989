#!/usr/bin/env bash
# The cloud's program cannot decrypt: its link holds no scheme (no Cipher, no encryption or decryption),
# no key and no key file reader, and it needs neither Qt nor OpenCV. The user's led needs no LibTorch
# (the commands that learn run in led-learn). Reads the binaries as they are built.
# Usage: cloud-cannot-decrypt.sh LED_CLOUD LED
set -u
cloud=$1 led=$2
status=0
symbols=$(nm -C --defined-only "$cloud" | grep ' led::')
if ! grep -q 'led::answerQuery' <<<"$symbols"; then
  echo "FAIL: $cloud does not define led::answerQuery: the symbol check would be empty"; exit 1
fi
for forbidden in 'led::Cipher::' 'led::Scheme::' 'led::makeCipher' 'led::generateKey' 'led::Key::' 'led::readKeyFile' 'led::decodeKey' \
                 'led::openQuery' 'led::composeDeniable' 'led::readImage'; do
  if grep -qF "$forbidden" <<<"$symbols"; then
    echo "FAIL: $cloud defines $forbidden"; status=1
  fi
done
needed=$(readelf -d "$cloud" | grep NEEDED)
if grep -qiE 'libQt|libopencv' <<<"$needed"; then
  echo "FAIL: $cloud needs Qt or OpenCV:"; grep -iE 'libQt|libopencv' <<<"$needed"; status=1
fi
if readelf -d "$led" | grep NEEDED | grep -qiE 'libtorch|libc10|libQt'; then
  echo "FAIL: $led needs LibTorch or Qt"; status=1
fi
[ $status -eq 0 ] && echo "led-cloud links no scheme, no key and no key file reader, and needs neither Qt nor OpenCV; led needs no LibTorch"
exit $status
