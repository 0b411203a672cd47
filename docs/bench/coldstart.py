# Cold start of ./matforge to the Gogo prompt: python3 docs/bench/coldstart.py <runs> (run from the repository root).
import os, pty, time, sys, select, statistics
times=[]
for i in range(int(sys.argv[1])):
    t0=time.time()
    pid, fd = pty.fork()
    if pid==0:
        os.execv('./matforge', ['./matforge'])
    buf=b''
    while True:
        r,_,_=select.select([fd],[],[],30)
        if not r: print('timeout', buf[-200:]); break
        try: d=os.read(fd,4096)
        except OSError: break
        buf+=d
        if b'g! ' in buf: break
    times.append(time.time()-t0)
    os.write(fd,b'exit 0\n'); time.sleep(0.3)
    try: os.kill(pid,9)
    except: pass
    os.waitpid(pid,0)
print('runs',len(times),'median %.2f s min %.2f max %.2f'%(statistics.median(times),min(times),max(times)))
