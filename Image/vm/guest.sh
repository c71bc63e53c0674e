# The harness's agent inside the VM (run by init in a chroot of the host's /): runs the command
# files the harness drops into the shared folder, cmd.1, cmd.2, ..., writing out.N and rc.N.
cd /tmp/vm || exit 1
export HOME=/tmp XDG_CACHE_HOME=/tmp/cache PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin
echo ready >agent.ready
n=1
while true; do
    if [ -f "cmd.$n" ]; then
        sh "cmd.$n" >"out.$n" 2>&1
        echo $? >"rc.$n.part"
        mv "rc.$n.part" "rc.$n"
        n=$((n + 1))
    elif [ -f stop ]; then
        exit 0
    else
        sleep 0.2
    fi
done
